package org.joinedup.crawler.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Targets for XXE-style payloads that tell whether a parser followed them: a temp file holding a unique
 * marker (its content must never show up in output) and a loopback socket nobody may connect to. Payload
 * text may carry {@code @MARKER_FILE@} and {@code @MARKER_URL@}, swapped in by {@link #arm(byte[])}.
 */
public final class ExfiltrationTrap {
    /** The one trap of this JVM. */
    public static final ExfiltrationTrap INSTANCE = new ExfiltrationTrap();

    private static final byte[] FILE_TOKEN = "@MARKER_FILE@".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] URL_TOKEN = "@MARKER_URL@".getBytes(StandardCharsets.US_ASCII);

    private final String marker = "JOINEDUP-MARKER-" + UUID.randomUUID();
    private final Path file;
    private final ServerSocketChannel socket;
    private final String url;

    private ExfiltrationTrap() {
        try {
            file = Files.createTempFile("joinedup-marker", ".txt");
            file.toFile().deleteOnExit();
            Files.writeString(file, marker + "\n");
            socket = ServerSocketChannel.open();
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            socket.configureBlocking(false);
            url = "http://127.0.0.1:" + ((InetSocketAddress) socket.getLocalAddress()).getPort() + "/evil.dtd";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The secret only the marker file holds. */
    public String marker() {
        return marker;
    }

    /** file: URI of the marker file. */
    public String fileUri() {
        return file.toUri().toString();
    }

    /** Plain path of the marker file. */
    public String filePath() {
        return file.toString();
    }

    /** http: URL of the trap socket. */
    public String url() {
        return url;
    }

    /** The payload with its placeholders pointed at this trap. */
    public byte[] arm(byte[] payload) {
        byte[] a = substitute(payload, FILE_TOKEN, fileUri().getBytes(StandardCharsets.US_ASCII));
        return substitute(a, URL_TOKEN, url.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Whether someone connected since the last call. A parser fetching an entity blocks until connected, so
     * by the time it returns (or fails) its connection is already queued here.
     */
    public boolean connected() {
        try {
            SocketChannel c = socket.accept();
            if (c == null) {
                return false;
            }
            c.close();
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] substitute(byte[] in, byte[] token, byte[] with) {
        int at = indexOf(in, token, 0);
        if (at < 0) {
            return in;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + 64);
        int from = 0;
        while (at >= 0) {
            out.write(in, from, at - from);
            out.writeBytes(with);
            from = at + token.length;
            at = indexOf(in, token, from);
        }
        out.write(in, from, in.length - from);
        return out.toByteArray();
    }

    private static int indexOf(byte[] in, byte[] token, int from) {
        outer:
        for (int i = from; i <= in.length - token.length; i++) {
            for (int j = 0; j < token.length; j++) {
                if (in[i + j] != token[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
