package org.joinedup.crawler.fetch;

import java.io.IOException;

/** The (decompressed) body went over the configured cap. */
final class BodyTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    BodyTooLargeException(long cap) {
        super("body larger than " + BodyReader.human(cap) + " after decompression");
    }
}
