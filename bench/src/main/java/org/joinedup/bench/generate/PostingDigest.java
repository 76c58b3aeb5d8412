package org.joinedup.bench.generate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.joinedup.crawler.Posting;

/** A SHA-256 over every field of a list of postings in order, independent of map iteration order. */
public final class PostingDigest {
    private PostingDigest() {
    }

    /** Hex SHA-256 of the postings. */
    public static String of(List<Posting> postings) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (Posting p : postings) {
            // Posting.toString is stable except for the extra map, whose order differs between JVM runs.
            Posting canonical = new Posting(p.sourceId(), p.sourceRef(), p.url(), p.applyUrl(), p.title(),
                p.descriptionHtml(), p.language(), p.employerName(), p.employerId(), p.department(), p.locations(),
                p.employmentTypes(), p.workplaceType(), p.salary(), p.occupations(), p.datePosted(),
                p.validThrough(), p.startDate(), Map.of(), p.fetchedUrl(), p.fetchedAt(), p.format());
            md.update(canonical.toString().getBytes(StandardCharsets.UTF_8));
            md.update(new TreeMap<>(p.extra()).toString().getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
