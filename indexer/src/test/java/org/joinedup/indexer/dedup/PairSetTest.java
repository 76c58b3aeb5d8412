package org.joinedup.indexer.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The committed labelled set is exactly what the generator makes; run with {@code -Ddedup.regenerate=true} to
 * rewrite the files after changing the generator.
 */
class PairSetTest {
    static final Path DIR = Path.of("src/test/resources/dedup");
    static final Path BASE_ADS = DIR.resolve("base-ads.jsonl");
    static final Path PAIRS = DIR.resolve("pairs.jsonl");
    static final Path TUNE_PAIRS = DIR.resolve("pairs-tune.jsonl");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final boolean REGENERATE = Boolean.getBoolean("dedup.regenerate");

    @Test
    void baseAdsAreReproducibleFromTheCorpus() throws IOException {
        List<String> lines = new ArrayList<>();
        for (BaseAd ad : new CorpusAdExtractor(CorpusAdExtractor.DEFAULT_CORPUS).extract()) {
            lines.add(JSON.writeValueAsString(ad));
        }
        check(BASE_ADS, String.join("\n", lines) + "\n");
    }

    @Test
    void pairsAreReproducibleFromTheGenerator() throws IOException {
        List<BaseAd> ads = baseAds();
        check(TUNE_PAIRS, render(new PairSetGenerator(ads, false, PairSetGenerator.TUNE_SEED).generate()));
        check(PAIRS, render(new PairSetGenerator(ads, true, PairSetGenerator.REPORT_SEED).generate()));
    }

    @Test
    void reportedSetHasEnoughPairsOfEveryKind() throws IOException {
        List<LabelledPair> pairs = read(PAIRS);
        assertTrue(pairs.size() >= 300, "pairs: " + pairs.size());
        Map<String, Long> kinds = pairs.stream().collect(Collectors.groupingBy(LabelledPair::kind,
            Collectors.counting()));
        for (String k : List.of("aggregator-relisting", "relisted-edited", "truncated-teaser", "copy-reformatted",
            "same-title-other-council", "readvertised-other-post", "template-other-title", "random")) {
            assertTrue(kinds.getOrDefault(k, 0L) >= 15, k + ": " + kinds);
        }
        long dups = pairs.stream().filter(LabelledPair::duplicate).count();
        assertTrue(dups >= 100 && pairs.size() - dups >= 100, "dups " + dups + " of " + pairs.size());
    }

    @Test
    void danishAdvertsAreRepresented() throws IOException {
        // The corpus has real Danish advert text (jobnet) but no Dutch advert text, so there are no Dutch pairs.
        for (Path set : List.of(PAIRS, TUNE_PAIRS)) {
            List<LabelledPair> danish = read(set).stream().filter(p -> "da".equals(p.a().language())).toList();
            assertTrue(danish.size() >= PairSetGenerator.MIN_OVERSAMPLED_PAIRS, set + ": Danish pairs " + danish.size());
            assertTrue(danish.stream().anyMatch(LabelledPair::duplicate), set + ": a Danish duplicate");
            assertTrue(danish.stream().anyMatch(p -> !p.duplicate()), set + ": a Danish near-miss");
        }
        for (BaseAd ad : baseAds()) {
            if (ad.lang().equals("da")) {
                assertFalse(ad.text().contains("English version"), ad.key() + " keeps only the Danish half");
            }
        }
    }

    @Test
    void tuningAndReportedSetsShareNoAdvert() throws IOException {
        var tuneAds = read(TUNE_PAIRS).stream().map(p -> p.a().sourceRef()).collect(Collectors.toSet());
        long shared = read(PAIRS).stream().map(p -> p.a().sourceRef()).filter(tuneAds::contains).count();
        assertEquals(0, shared);
    }

    @Test
    void noEmailAddressesOrPhoneNumbers() throws IOException {
        Pattern email = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.-]+");
        Pattern phone = Pattern.compile("\\d(?:[ -]?\\d){6,}");
        for (Path p : List.of(BASE_ADS, PAIRS, TUNE_PAIRS)) {
            String text = Files.readString(p);
            assertFalse(email.matcher(text).find(), p + " has an e-mail address");
            String noIdsOrDates = text.replaceAll("\"(key|id|sourceRef)\":\"[^\"]*\"", "")
                .replaceAll("\\d{4}-\\d{2}-\\d{2}", "");
            assertFalse(phone.matcher(noIdsOrDates).find(), p + " has a phone number");
        }
    }

    static List<BaseAd> baseAds() throws IOException {
        List<BaseAd> ads = new ArrayList<>();
        for (String line : Files.readAllLines(BASE_ADS, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) ads.add(JSON.readValue(line, BaseAd.class));
        }
        return ads;
    }

    static List<LabelledPair> read(Path p) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            return PairFile.read(in);
        }
    }

    private static String render(List<LabelledPair> pairs) throws IOException {
        String text = pairs.stream().map(PairFile::line).collect(Collectors.joining("\n", "", "\n"));
        assertEquals(pairs, PairFile.read(new BufferedReader(new StringReader(text))), "round trip");
        return text;
    }

    private static void check(Path file, String expected) throws IOException {
        if (REGENERATE) Files.writeString(file, expected, StandardCharsets.UTF_8);
        assertEquals(expected, Files.readString(file, StandardCharsets.UTF_8), file + " differs from generator");
    }
}
