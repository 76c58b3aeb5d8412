package org.joinedup.crawler.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * Reads a response body, undoing gzip/deflate ourselves so the cap counts DECOMPRESSED bytes (a gzip bomb
 * stops at the cap, not at the end of the bomb). The raw stream is capped too.
 */
final class BodyReader {
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

    private static InputStream decoder(InputStream in, String encoding) throws IOException {
        String e = encoding == null ? "" : encoding.strip().toLowerCase(Locale.ROOT);
        return switch (e) {
            case "", "identity", "none" -> in;
            case "gzip", "x-gzip" -> new GZIPInputStream(in, 8192);
            case "deflate" -> new InflaterInputStream(in);
            default -> throw new IOException("unsupported Content-Encoding " + e);
        };
    }

    static String human(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes + " bytes";
    }

    /** Stops a raw (compressed) stream at the cap as well. */
    private static final class CappedInputStream extends java.io.FilterInputStream {
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
