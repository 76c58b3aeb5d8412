package org.joinedup.bench.query;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.joinedup.crawler.Source;
import org.joinedup.indexer.Dimension;
import org.joinedup.indexer.SearchRequest;

/**
 * A realistic, deterministic mix of searches over the generated data: single words and two-word queries in
 * each language, phrases, an occupation across languages, facet filters (employer, region, language,
 * employment type), minimum salary, a radius around a town, sorting by date or closing date, pages 2-5 —
 * all with facets, as the search page asks for them.
 */
final class QueryMix {
    private static final List<String> WORDS = List.of(
        "nurse", "teacher", "cleaner", "engineer", "senior", "community", "safeguarding", "librarian",
        "verpleegkundige", "leraar", "beleidsmedewerker", "wijkteam", "jeugd", "schoonmaker",
        "sygeplejerske", "pædagog", "socialrådgiver", "hjemmeplejen", "ingeniør", "skolelærer",
        "sairaanhoitaja", "opettaja", "lähihoitaja", "kotihoito", "siivooja", "insinööri");
    private static final List<String> PAIRS = List.of(
        "senior nurse", "social worker", "care worker leeds", "teacher part time", "maatschappelijk werker",
        "verpleegkundige utrecht", "leraar basisonderwijs", "sygeplejerske aarhus", "pædagog børn",
        "sairaanhoitaja tampere", "lähihoitaja kotihoito", "opettaja määräaikainen");
    private static final List<String> PHRASES = List.of(
        "\"social worker\"", "\"early years practitioner\"", "\"maatschappelijk werker\"",
        "\"pedagogisch medewerker\"", "\"social- og sundhedshjælper\"", "\"varhaiskasvatuksen opettaja\"");
    private static final List<String> CONCEPTS = List.of(
        "nurse OR verpleegkundige OR sygeplejerske OR sairaanhoitaja",
        "teacher OR leraar OR lærer OR opettaja",
        "cleaner OR schoonmaker OR rengøringsassistent OR siivooja");
    private static final List<String> CONCEPT_IDS = List.of("nurse", "teacher", "social-worker", "care-worker");
    private static final List<String> REGIONS = List.of("North Yorkshire", "Utrecht", "Region Midtjylland",
        "Pirkanmaa", "Uusimaa", "West Yorkshire");
    private static final List<String> LANGUAGES = List.of("en", "nl", "da", "fi");
    private static final List<String> EMPLOYMENT = List.of("full-time", "part-time", "permanent", "fixed-term");
    private static final List<double[]> POINTS = List.of(new double[] {53.9921, -1.5418},
        new double[] {52.0907, 5.1214}, new double[] {56.1629, 10.2039}, new double[] {61.4978, 23.7610});

    private QueryMix() {
    }

    /** {@code n} requests drawn with fixed weights from a seed. */
    static List<SearchRequest> build(List<Source> sources, long seed, int n) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<SearchRequest> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(paged(one(sources, rnd), rnd));
        }
        return out;
    }

    private static SearchRequest one(List<Source> sources, SplittableRandom rnd) {
        int kind = rnd.nextInt(100);
        String word = pick(WORDS, rnd);
        if (kind < 28) return request(word, null, null, null, null, null, null, null, null);
        if (kind < 42) return request(pick(PAIRS, rnd), null, null, null, null, null, null, null, null);
        if (kind < 50) return request(pick(PHRASES, rnd), null, null, null, null, null, null, null, null);
        if (kind < 55) return request(pick(CONCEPTS, rnd), null, null, null, null, null, null, null, null);
        if (kind < 58) return request("", null, null, List.of(pick(CONCEPT_IDS, rnd)), null, null, null, null, null);
        if (kind < 63) return request(word, List.of(pick(sources, rnd).council()), null, null, null, null, null, null, null);
        if (kind < 70) return request(rnd.nextBoolean() ? word : "", null, List.of(pick(REGIONS, rnd)), null, null, null, null, null, null);
        if (kind < 75) return request(word, null, null, null, List.of(pick(LANGUAGES, rnd)), null, null, null, null);
        if (kind < 80) return request(word, null, null, null, null, List.of(pick(EMPLOYMENT, rnd)), null, null, null);
        if (kind < 85) return request(rnd.nextBoolean() ? word : "", null, null, null, null, null, 40_000.0, null, null);
        if (kind < 90) {
            double[] p = pick(POINTS, rnd);
            return request(rnd.nextBoolean() ? word : "", null, null, null, null, null, null,
                new SearchRequest.Geo(p[0], p[1], 25), rnd.nextBoolean() ? SearchRequest.Sort.DISTANCE : null);
        }
        if (kind < 96) {
            SearchRequest.Sort s = rnd.nextBoolean() ? SearchRequest.Sort.DATE_POSTED : SearchRequest.Sort.CLOSING_DATE;
            return request(rnd.nextBoolean() ? word : "", null, null, null, null, null, null, null, s);
        }
        return request("", null, null, null, null, null, null, null, SearchRequest.Sort.DATE_POSTED);
    }

    private static SearchRequest request(String q, List<String> employers, List<String> regions,
                                         List<String> occupations, List<String> languages,
                                         List<String> employment, Double salaryMin, SearchRequest.Geo geo,
                                         SearchRequest.Sort sort) {
        return SearchRequest.builder().query(q).filter(Dimension.EMPLOYER, employers)
            .filter(Dimension.REGION, regions).filter(Dimension.OCCUPATION, occupations)
            .filter(Dimension.EMPLOYMENT_TYPE, employment).filter(Dimension.LANGUAGE, languages)
            .salary(salaryMin, null, salaryMin == null ? null : "EUR").geo(geo).sort(sort).build();
    }

    /** One in five goes to page 2-5. */
    private static SearchRequest paged(SearchRequest r, SplittableRandom rnd) {
        if (rnd.nextInt(5) != 0) return r;
        int page = 2 + rnd.nextInt(4);
        return r.toBuilder().page(page).cursor(null).includeClosed(false).build();
    }

    private static <T> T pick(List<T> from, SplittableRandom rnd) {
        return from.get(rnd.nextInt(from.size()));
    }
}
