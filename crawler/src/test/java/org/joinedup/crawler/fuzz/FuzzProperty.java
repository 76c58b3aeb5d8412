package org.joinedup.crawler.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.joinedup.crawler.ParseException;
import org.joinedup.crawler.Posting;

/**
 * The property every parser fuzz target checks: a body gives postings or a {@link ParseException} with a
 * reason, never leaks the content of a local file and never opens a connection.
 *
 * <p>Inputs may carry two placeholders that are swapped in before parsing, so committed seeds can aim
 * external entities at real targets: {@code @MARKER_FILE@} becomes the file: URI of a temp file holding a
 * unique marker, {@code @MARKER_URL@} the http: URL of a loopback socket that nobody should ever connect to.
 * Everything else (any other exception or error, a hang) is left to escape, so Jazzer reports it.
 */
final class FuzzProperty {
    static final String MARKER = "JOINEDUP-MARKER-" + UUID.randomUUID();
    private static final Path MARKER_FILE = markerFile();
    private static final ServerSocketChannel TRAP = trap();
    private static final byte[] FILE_TOKEN = "@MARKER_FILE@".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] URL_TOKEN = "@MARKER_URL@".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FILE_URI = MARKER_FILE.toUri().toString().getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TRAP_URL = trapUrl().getBytes(StandardCharsets.US_ASCII);

    private FuzzProperty() {
    }

    /** A parse step under test. */
    @FunctionalInterface
    interface Parse {
        List<Posting> run(byte[] body) throws ParseException;
    }

    /** Runs one input through a parser and checks the property; returns the postings (empty on refusal). */
    static List<Posting> check(byte[] input, Parse parse) {
        byte[] body = substitute(substitute(input, FILE_TOKEN, FILE_URI), URL_TOKEN, TRAP_URL);
        List<Posting> out;
        try {
            out = parse.run(body);
        } catch (ParseException e) {
            require(!e.reason().isBlank(), "blank ParseException reason");
            require(!e.reason().contains(MARKER), "marker file content in the reason: " + e.reason());
            out = List.of();
        }
        require(out != null, "parser returned null");
        for (Posting p : out) {
            require(!p.toString().contains(MARKER), "marker file content in a posting: " + p);
        }
        requireNoConnection();
        return out;
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new AssertionError(message);
        }
    }

    /** A parser that fetched an entity blocked until connected, so a pending connection is already queued. */
    private static void requireNoConnection() {
        try {
            SocketChannel c = TRAP.accept();
            if (c != null) {
                c.close();
                throw new AssertionError("a parser opened a connection to " + trapUrl());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] substitute(byte[] in, byte[] token, byte[] with) {
        int at = indexOf(in, token, 0);
        if (at < 0) {
            return in;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(in.length + 64);
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

    private static Path markerFile() {
        try {
            Path f = Files.createTempFile("joinedup-fuzz-marker", ".txt");
            f.toFile().deleteOnExit();
            return Files.writeString(f, MARKER + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ServerSocketChannel trap() {
        try {
            ServerSocketChannel s = ServerSocketChannel.open();
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            s.configureBlocking(false);
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String trapUrl() {
        try {
            return "http://127.0.0.1:" + ((InetSocketAddress) TRAP.getLocalAddress()).getPort() + "/evil.dtd";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
