package org.joinedup.api.resources;

import com.code_intelligence.jazzer.junit.FuzzTest;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.joinedup.analyzers.LanguageAnalysis;
import org.joinedup.api.errors.BadParameterException;
import org.joinedup.api.fuzz.FuzzBounds;
import org.joinedup.crawler.Harvest;
import org.joinedup.crawler.Licence;
import org.joinedup.crawler.Posting;
import org.joinedup.crawler.Source;
import org.joinedup.crawler.SourceFormat;
import org.joinedup.indexer.IndexConfig;
import org.joinedup.indexer.Indexer;
import org.joinedup.indexer.SearchRequest;
import org.joinedup.indexer.SearchResult;
import org.joinedup.indexer.InvalidSearchException;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the search text the way {@code GET /api/v1/vacancies?q=} handles it: the raw (still percent-encoded)
 * value through {@link QueryDecoder}, {@link SearchParams} (which applies {@code QueryGuard}), then a real search
 * (query builder, Lucene's simple query parser, rewriting, highlighting) on a small index of vacancies in four
 * languages. Property: the text is refused with a {@link BadParameterException} naming {@code q} (a 400) or an
 * {@link InvalidSearchException} (also a 400), or the search returns a result; never another exception (a 500);
 * and it stays within {@link FuzzBounds} (1 s CPU, 64 MiB allocated per input).
 *
 * <p>Input: the raw value of {@code q} as UTF-8 text.
 */
class SearchQueryFuzzTest {
    private static final Indexer INDEXER = openIndex();

    @FuzzTest(maxDuration = "60s")
    @Timeout(10)
    void query(byte[] input) {
        MultivaluedMap<String, String> raw = new MultivaluedHashMap<>();
        raw.add("q", new String(input, StandardCharsets.UTF_8));
        FuzzBounds.Outcome<SearchRequest> request = FuzzBounds.run(() -> SearchParams.parse(QueryDecoder.decode(raw),
            INDEXER::geocode, SearchRequest.Sort.RELEVANCE), BadParameterException.class);
        FuzzBounds.namesParameter(request.refusal());
        if (request.refused()) return;
        FuzzBounds.Outcome<SearchResult> result = FuzzBounds.run(() -> INDEXER.search(request.value()),
            InvalidSearchException.class);
        FuzzBounds.require(result.refused() || result.value() != null, "search returned null");
    }

    private static Indexer openIndex() {
        try {
            Path dir = Files.createTempDirectory("joinedup-fuzz-index");
            LanguageAnalysis analysis = new LanguageAnalysis();
            Clock clock = Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC);
            Indexer indexer = Indexer.open(new IndexConfig(dir, Duration.ofMillis(100), Duration.ofDays(2)), analysis,
                clock);
            Source source = new Source("fuzz", "Fuzz Council", URI.create("http://127.0.0.1/fuzz"), SourceFormat.FEED,
                "Utrecht", "NL", "nl", new Licence("CC0-1.0", "fuzz"), Duration.ofHours(1), true, true);
            indexer.ingest(new Harvest(source, List.of(
                posting("1", "Wijkverpleegkundige", "Zorg in de wijk voor ouderen in Zeist.", "nl"),
                posting("2", "Staff Nurse", "Community nursing across the district, part-time.", "en"),
                posting("3", "Sygeplejerske", "Hjemmepleje i Aarhus kommune, fuldtid.", "da"),
                posting("4", "Sairaanhoitaja", "Kotihoito Tampereella, vakituinen työsuhde.", "fi"),
                posting("5", "C++ developer (m/v/x)", "Software for the council's \"smart\" bins, 100% remote.", "en")),
                false, true, 200, List.of(), clock.instant(), clock.instant()));
            indexer.refresh();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (Stream<Path> files = Files.walk(dir)) {
                    indexer.close();
                    analysis.close();
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException e) {
                    // a temp directory left behind
                }
            }));
            return indexer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Posting posting(String ref, String title, String text, String language) {
        return Posting.builder("fuzz", ref).title(title).descriptionHtml("<p>" + text + "</p>")
            .url("https://council.example/jobs/" + ref).datePosted("2026-11-18").validThrough("2027-01-31")
            .language(language).build();
    }
}
