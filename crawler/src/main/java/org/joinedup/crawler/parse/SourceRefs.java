package org.joinedup.crawler.parse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Gives every posting a reference: its own id, else its URL, else a stable hash of title and URL. */
public final class SourceRefs {
    private SourceRefs() {
    }

    /** The first non-blank of id and url, else "sha256:" plus a hash of title and url. */
    public static String of(String id, String url, String title) {
        if (id != null && !id.isBlank()) {
            return id.strip();
        }
        if (url != null && !url.isBlank()) {
            return url.strip();
        }
        String basis = (title == null ? "" : title.strip()) + "\n" + (url == null ? "" : url.strip());
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing", e);
        }
    }
}
