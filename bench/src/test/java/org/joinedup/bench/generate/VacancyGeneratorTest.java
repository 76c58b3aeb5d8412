package org.joinedup.bench.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.joinedup.crawler.Posting;
import org.junit.jupiter.api.Test;

class VacancyGeneratorTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Test
    void sameSeedGivesSameOutputAndAnotherSeedDoesNot() {
        String a = PostingDigest.of(VacancyGenerator.generate(42, 3_000, DAY));
        String b = PostingDigest.of(VacancyGenerator.generate(42, 3_000, DAY));
        String c = PostingDigest.of(VacancyGenerator.generate(43, 3_000, DAY));
        assertEquals(a, b);
        assertNotEquals(a, c);
    }

    @Test
    void languagesAndRelistingsHaveTheIntendedShares() {
        VacancyGenerator g = new VacancyGenerator(7, 20_000, DAY);
        List<Posting> postings = g.next(20_000);
        Map<String, Long> byLanguage = postings.stream()
            .collect(Collectors.groupingBy(p -> g.source(p.sourceId()).language(), Collectors.counting()));
        assertShare(0.35, byLanguage.get("en"), postings.size());
        assertShare(0.25, byLanguage.get("nl"), postings.size());
        assertShare(0.20, byLanguage.get("da"), postings.size());
        assertShare(0.20, byLanguage.get("fi"), postings.size());
        assertShare(0.08, (long) g.duplicates().size(), postings.size());
    }

    @Test
    void relistingsCopyAnotherCouncilsVacancyOfTheSameLanguage() {
        VacancyGenerator g = new VacancyGenerator(11, 5_000, DAY);
        Map<String, Posting> byKey = new HashMap<>();
        for (Posting p : g.next(5_000)) {
            byKey.put(p.sourceId() + "/" + p.sourceRef(), p);
        }
        assertTrue(g.duplicates().size() > 200);
        g.duplicates().forEach((copyKey, originalKey) -> {
            Posting copy = byKey.get(copyKey);
            Posting original = byKey.get(originalKey);
            assertNotEquals(original.sourceId(), copy.sourceId());
            assertEquals(g.source(original.sourceId()).language(), g.source(copy.sourceId()).language());
            assertEquals(original.title().toLowerCase(), copy.title().toLowerCase());
            assertEquals(original.validThrough(), copy.validThrough());
            assertNotEquals(original.descriptionHtml(), copy.descriptionHtml());
        });
    }

    @Test
    void postingsLookLikeRealVacancies() {
        List<Posting> postings = VacancyGenerator.generate(3, 4_000, DAY);
        Set<String> titles = new HashSet<>();
        long allWords = 0;
        for (Posting p : postings) {
            titles.add(p.title());
            int words = p.descriptionHtml().split("\\s+").length;
            allWords += words;
            // Finnish compounds make its texts the shortest in words.
            assertTrue(words > 120 && words < 700, "description of " + words + " words");
            LocalDate closing = LocalDate.parse(p.validThrough());
            assertTrue(closing.isAfter(DAY) && !closing.isAfter(DAY.plusDays(120)));
            assertTrue(LocalDate.parse(p.datePosted().substring(0, 10)).isAfter(DAY.minusDays(61)));
            assertEquals(1, p.locations().size());
        }
        assertTrue(allWords / postings.size() > 250, "mean words " + allWords / postings.size());
        assertTrue(titles.size() > 400, "distinct titles: " + titles.size());
        long withSalary = postings.stream().filter(p -> p.salary() != null).count();
        assertShare(0.90, withSalary, postings.size());
        assertTrue(postings.stream().anyMatch(p -> p.title().startsWith("Sairaanhoitaja")));
        assertTrue(postings.stream().anyMatch(p -> p.salary() != null && p.salary().text().endsWith("om måneden")));
    }

    private static void assertShare(double expected, Long count, int total) {
        double share = count / (double) total;
        assertTrue(Math.abs(share - expected) < 0.02, "share " + share + " not near " + expected);
    }
}
