package org.joinedup.indexer;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.joinedup.crawler.Posting;
import org.joinedup.crawler.Source;

/**
 * Remembers, per open vacancy, a fingerprint of the posting (and source settings) it was last indexed from, so a
 * poll that returns the same item again skips normalising and rewriting it. Most feeds send no ETag and list
 * every open vacancy on every poll; without this each poll re-normalises all of them and a new item waits for
 * that work. In memory only: after a restart the first poll of each source does the full work once.
 *
 * <p>An entry is forgotten whenever the vacancy changes other than by re-listing: closed, due to close
 * (missing from a snapshot), or deleted by its publisher. Entries are recorded only after the ingest's commit,
 * so a failed commit never makes the next poll skip an item that is not in the index.
 */
final class UnchangedPostings {

    /** Above this many entries the map is cleared (the cost is one full re-normalisation, not a wrong result). */
    static final int MAX_ENTRIES = 2_000_000;

    private final Map<String, Long> fingerprints = new ConcurrentHashMap<>();

    /** A 64-bit content fingerprint: the posting without its fetch time and fetch URL, plus the source settings. */
    static long fingerprint(Source source, Posting p) {
        Posting content = new Posting(p.sourceId(), p.sourceRef(), p.url(), p.applyUrl(), p.title(),
            p.descriptionHtml(), p.language(), p.employerName(), p.employerId(), p.department(), p.locations(),
            p.employmentTypes(), p.workplaceType(), p.salary(), p.occupations(), p.datePosted(), p.validThrough(),
            p.startDate(), Map.of(), null,
            Instant.EPOCH, p.format());
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(source.toString().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(content.toString().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(new TreeMap<>(p.extra()).toString().getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(sha.digest()).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /** True when the vacancy was last indexed from exactly this content and is still plainly open. */
    boolean unchanged(String vacancyId, long fingerprint) {
        Long known = fingerprints.get(vacancyId);
        return known != null && known == fingerprint;
    }

    /** Records what a committed ingest indexed. */
    void remember(Map<String, Long> committed) {
        if (fingerprints.size() + committed.size() > MAX_ENTRIES) fingerprints.clear();
        fingerprints.putAll(committed);
    }

    /** The vacancy changed in another way (closing, due to close, deleted): the next listing is processed in full. */
    void forget(String vacancyId) {
        fingerprints.remove(vacancyId);
    }

    /** A working set for one ingest, applied with {@link #remember} after its commit. */
    static Map<String, Long> pending() {
        return new HashMap<>();
    }
}
