package org.joinedup.crawler.fetch;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * Reads a response body, undoing gzip/deflate ourselves so the cap counts DECOMPRESSED bytes (a gzip bomb
 * stops at the cap, not at the end of the bomb). The raw stream is capped too.
 */
final class BodyReader {
    /** Stacked codings undone at most, as browsers do. */
    static final int MAX_LAYERS = 2;

    private BodyReader() {
    }

    static byte[] read(InputStream raw, String contentEncoding, long cap) throws IOException {
        InputStream capped = new CappedInputStream(raw, cap);
        try (InputStream in = decoder(capped, contentEncoding)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[16 * 1024];
            long total = 0;
            for (int n; (n = in.read(buf)) >= 0; ) {
                total += n;
                if (total > cap) {
                    throw new BodyTooLargeException(cap);
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }
    }

    /**
     * Undoes the codings in reverse order of listing ({@code gzip, gzip} is gzip inside gzip), at most
     * {@link #MAX_LAYERS} as browsers do; the caller's cap still counts only the final bytes.
     */
    private static InputStream decoder(InputStream in, String encoding) throws IOException {
        List<String> codings = new ArrayList<>();
        for (String c : (encoding == null ? "" : encoding).split(",")) {
            String e = c.strip().toLowerCase(Locale.ROOT);
            if (!e.isEmpty() && !e.equals("identity") && !e.equals("none")) codings.add(e);
        }
        if (codings.size() > MAX_LAYERS) {
            throw new RefusedEncodingException("refused Content-Encoding: more than " + MAX_LAYERS + " layers ("
                + String.join(", ", codings) + ")");
        }
        InputStream s = in;
        for (String e : codings.reversed()) {
            s = switch (e) {
                case "gzip", "x-gzip" -> new GZIPInputStream(s, 8192);
                case "deflate" -> new InflaterInputStream(s);
                default -> throw new RefusedEncodingException("unsupported Content-Encoding " + e);
            };
        }
        return s;
    }

    /** A Content-Encoding we will not undo; its message is the recorded reason. */
    static final class RefusedEncodingException extends IOException {
        private static final long serialVersionUID = 1L;

        RefusedEncodingException(String message) {
            super(message);
        }
    }

    static String human(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes + " bytes";
    }

    /** Stops a raw (compressed) stream at the cap as well. */
    private static final class CappedInputStream extends FilterInputStream {
        private final long cap;
        private long count;

        CappedInputStream(InputStream in, long cap) {
            super(in);
            this.cap = cap;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && ++count > cap) {
                throw new BodyTooLargeException(cap);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0 && (count += n) > cap) {
                throw new BodyTooLargeException(cap);
            }
            return n;
        }
    }
}
