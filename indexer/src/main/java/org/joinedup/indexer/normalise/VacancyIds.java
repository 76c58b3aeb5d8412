package org.joinedup.indexer.normalise;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable vacancy ids: the first 16 hex digits of SHA-256 over source id and source reference. */
public final class VacancyIds {
    private VacancyIds() {
    }

    /** The id of the vacancy for this source item. */
    public static String of(String sourceId, String sourceRef) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(sourceId.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(sourceRef.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing", e);
        }
    }
}
