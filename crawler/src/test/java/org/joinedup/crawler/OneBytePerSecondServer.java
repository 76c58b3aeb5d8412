package org.joinedup.crawler;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A raw loopback HTTP server that answers at one byte per second, from the first byte of the status line
 * (or after a fast prefix, e.g. the headers): the classic slow-loris answer that defeats a read timeout
 * alone. /robots.txt gets a quick 404 so the harvest reaches the slow URL.
 */
final class OneBytePerSecondServer implements AutoCloseable {
    private final ServerSocket server;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "one-byte-per-second-server");
        t.setDaemon(true);
        return t;
    });
    private final byte[] response;
    private final int fastPrefix;
    private final AtomicInteger slowBytes = new AtomicInteger();

    /** Serves {@code body} as RSS; the first {@code fastPrefix} bytes of the response go out at once. */
    OneBytePerSecondServer(String body, boolean fastHeaders) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: " + b.length
            + "\r\nConnection: close\r\n\r\n";
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        response = new byte[h.length + b.length];
        System.arraycopy(h, 0, response, 0, h.length);
        System.arraycopy(b, 0, response, h.length, b.length);
        fastPrefix = fastHeaders ? h.length : 0;
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        pool.execute(this::acceptLoop);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getLocalPort() + path;
    }

    /** Bytes sent at the slow rate so far. */
    int slowBytesSent() {
        return slowBytes.get();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                pool.execute(() -> serve(s));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket s) {
        try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
            String head = readHead(in);
            if (head.startsWith("GET /robots.txt")) {
                out.write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
                return;
            }
            out.write(response, 0, fastPrefix);
            out.flush();
            for (int i = fastPrefix; i < response.length && !server.isClosed(); i++) {
                out.write(response[i]);
                out.flush();
                slowBytes.incrementAndGet();
                LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(1)); // the server's pace, not a test wait
            }
        } catch (IOException e) {
            // the client gave up: that is what the tests want
        }
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0 && sb.length() < 8192) {
            sb.append((char) c);
            if (sb.length() >= 4 && sb.substring(sb.length() - 4).equals("\r\n\r\n")) break;
        }
        return sb.toString();
    }

    @Override
    public void close() throws IOException {
        server.close();
        pool.shutdownNow();
    }
}
