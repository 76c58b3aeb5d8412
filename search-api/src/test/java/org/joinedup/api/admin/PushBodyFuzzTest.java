package org.joinedup.api.admin;

import com.code_intelligence.jazzer.junit.FuzzTest;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.joinedup.analyzers.LanguageAnalysis;
import org.joinedup.api.errors.BadParameterException;
import org.joinedup.api.fuzz.FuzzBounds;
import org.joinedup.crawler.CrawlStateStore;
import org.joinedup.crawler.Crawler;
import org.joinedup.crawler.CrawlerConfig;
import org.joinedup.crawler.Licence;
import org.joinedup.crawler.Posting;
import org.joinedup.crawler.Source;
import org.joinedup.crawler.SourceFormat;
import org.joinedup.indexer.Vacancy;
import org.joinedup.indexer.index.IndexSchema;
import org.joinedup.indexer.normalise.Normaliser;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the body of a publisher push ({@code PUT /api/v1/admin/sources/{id}/vacancies/{ref}}) up to the Lucene
 * document: {@link PushService}'s JSON reading ({@link AdminJson} into a {@link PushedVacancy}) and its XML reading
 * (a bare {@code <job>} wrapped, then the crawler's parser), then what {@code Indexer.push} does with the posting:
 * the {@link Normaliser} and the index schema's document. Property: the body is refused with a
 * {@link BadParameterException} naming the field (a 400), or gives one posting with the path's reference, which the
 * normaliser turns into a vacancy or rejects with an {@link IllegalArgumentException} (a 422 with the reason), and
 * whose vacancy makes a document; never another exception (a 500, or a failed index batch); and it stays within
 * {@link FuzzBounds} (1 s CPU, 64 MiB allocated per input).
 *
 * <p>Input: the request body; {@code json} sends it as {@code application/json}, {@code xml} as
 * {@code application/xml}.
 */
class PushBodyFuzzTest {
    private static final Source SOURCE = new Source("push", "Push Council", null, SourceFormat.PUSH, "Utrecht", "NL",
        "nl", new Licence("CC0-1.0", "fuzz"), Duration.ofHours(1), false, true);
    private static final Crawler CRAWLER = new Crawler(new CrawlerConfig("JoinedUpJobsBot/0.1 (fuzz)",
        Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(2), 5L * 1024 * 1024, 5,
        Duration.ofMillis(10), Duration.ofSeconds(1), 10, false), CrawlStateStore.inMemory());
    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    private static final PushService PUSH = new PushService(null, CRAWLER, null, null, Clock.fixed(NOW, ZoneOffset.UTC));
    private static final String REF = "vac-1";
    private static final LanguageAnalysis ANALYSIS = new LanguageAnalysis();
    private static final Normaliser NORMALISER = new Normaliser(ANALYSIS);
    private static final IndexSchema SCHEMA = new IndexSchema(ANALYSIS);

    static {
        // Language detection loads its models on first use (over 10 s on a loaded machine): not per input.
        for (String text : new String[] {"Community nursing across the district", "Zorg in de wijk voor ouderen",
            "Hjemmepleje i kommunen", "Kotihoito Tampereella"}) {
            NORMALISER.normalise(Posting.builder(SOURCE.id(), "warm-up").title(text).descriptionHtml(text).build(),
                SOURCE, NOW);
        }
    }

    @FuzzTest(maxDuration = "60s")
    @Timeout(10)
    void json(byte[] input) {
        check(FuzzBounds.run(() -> PUSH.fromJson(SOURCE.id(), REF, input), BadParameterException.class));
    }

    @FuzzTest(maxDuration = "60s")
    @Timeout(10)
    void xml(byte[] input) {
        check(FuzzBounds.run(() -> PUSH.fromXml(SOURCE, REF, input, MediaType.APPLICATION_XML_TYPE),
            BadParameterException.class));
    }

    private static void check(FuzzBounds.Outcome<Posting> out) {
        FuzzBounds.namesParameter(out.refusal());
        if (out.refused()) return;
        Posting p = out.value();
        FuzzBounds.require(REF.equals(p.sourceRef()) && SOURCE.id().equals(p.sourceId()), "wrong provenance: " + p);
        FuzzBounds.require(p.format() == SourceFormat.PUSH, "not marked as pushed: " + p);
        FuzzBounds.Outcome<Vacancy> vacancy = FuzzBounds.run(() -> NORMALISER.normalise(p, SOURCE, NOW),
            IllegalArgumentException.class);
        if (vacancy.refused()) {
            FuzzBounds.require(vacancy.refusal().getMessage() != null, "a rejection without a reason");
            return;
        }
        FuzzBounds.require(FuzzBounds.run(() -> SCHEMA.toDocument(vacancy.value())).value() != null, "no document");
    }
}
