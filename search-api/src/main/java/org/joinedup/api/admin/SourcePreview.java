package org.joinedup.api.admin;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.joinedup.crawler.CrawlError;
import org.joinedup.crawler.Harvest;
import org.joinedup.crawler.Posting;
import org.joinedup.crawler.Source;
import org.joinedup.crawler.SourceFormat;

/**
 * "Validate before saving": fetches a draft source once through the crawler's preview (no validators or health
 * saved, same politeness and SSRF rules) and reports what a harvest would find.
 */
final class SourcePreview {
    private static final int SAMPLE = 5;

    /**
     * What a harvest of the source would find.
     *
     * @param ok             fetched and parsed without errors, with at least one posting
     * @param httpStatus     status of the main fetch, 0 when none
     * @param formatDetected format the postings were parsed from, or null when none
     * @param itemsFound     postings found
     * @param complete       the source was read in full
     * @param sample         up to five postings
     * @param errors         what went wrong, with reasons
     */
    record Report(boolean ok, int httpStatus, SourceFormat formatDetected, int itemsFound, boolean complete,
                  List<Sample> sample, List<Problem> errors) {
    }

    /** One sampled posting. */
    record Sample(String ref, String title, String datePosted, String validThrough, String url) {
    }

    /** One recorded failure. */
    record Problem(CrawlError.Stage stage, String url, String reason) {
    }

    private final Function<Source, Harvest> preview;

    /** @param preview usually {@code crawler::preview} */
    SourcePreview(Function<Source, Harvest> preview) {
        this.preview = Objects.requireNonNull(preview, "preview");
    }

    Report run(Source source) {
        Harvest h = preview.apply(source);
        List<Posting> postings = h.postings();
        SourceFormat detected = postings.stream().map(Posting::format).filter(Objects::nonNull).findFirst()
            .orElse(null);
        List<Sample> sample = postings.stream().limit(SAMPLE).map(p -> new Sample(p.sourceRef(), p.title(),
            p.datePosted(), p.validThrough(), p.url())).toList();
        List<Problem> errors = h.errors().stream().map(e -> new Problem(e.stage(), e.url(), e.reason())).toList();
        return new Report(h.errors().isEmpty() && !postings.isEmpty(), h.httpStatus(), detected, postings.size(),
            h.complete(), sample, errors);
    }
}
