package org.joinedup.bench.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.joinedup.indexer.Dimension;
import org.joinedup.indexer.SearchRequest;

/**
 * Saved searches as jobseekers write them, for the alert-matching bench: in the searcher's own language
 * (en/nl/da/fi at the markets' shares), mostly 1-3 words naming an occupation (30 % one of the corpus's 48,
 * mildly Zipf-skewed; 70 % one of 74 the corpus never has, standing for the long tail of real searches),
 * sometimes a skill or seniority word, rarely a phrase or an OR; plus filters at plausible rates (a region of
 * the searcher's country in 65 %, any of its regions, not only those the corpus covers; a radius around a town
 * in 15 %: most alerts are made from a search with a place; employment type, workplace, minimum salary in
 * local money), and 1.5 % filter-only searches ("every job of this council"). Vocabulary:
 * {@code occupations.tsv}, {@code search-terms.tsv} (also the regions), the [skill] sections of
 * {@code text-<lang>.txt}. Same seed, same searches.
 */
public final class SavedSearchGenerator {
    private static final String[] TYPES = {"full-time", "part-time", "permanent", "temporary", "fixed-term"};
    private static final String[] WORKPLACES = {"remote", "hybrid"};
    /** Share of searches with filters only ("every job of this council", "part-time jobs in my region"). */
    private static final double FILTER_ONLY = 0.015;
    /**
     * Share of occupation searches for occupations the corpus does not have: it has the 48 most common
     * public-sector ones, real searches spread over thousands.
     */
    private static final double LONG_TAIL = 0.7;

    private final SplittableRandom rnd;
    private final List<String> employers;
    private final Zipf<Vocabulary.Occupation> occupations;
    private final List<String[]> extraOccupations = new ArrayList<>();
    private final List<String[]> skills = new ArrayList<>();
    private final List<String[]> seniority = new ArrayList<>();
    private final Map<String, List<String>> regionsByCountry = new HashMap<>();
    private final Vocabulary vocabulary = Vocabulary.get();

    /** @param employers employer names a filter-only search may follow (e.g. those of the generated corpus) */
    public SavedSearchGenerator(long seed, List<String> employers) {
        this.rnd = new SplittableRandom(seed);
        this.employers = List.copyOf(employers);
        this.occupations = new Zipf<>(vocabulary.occupations(), 0.5);
        for (String[] r : Vocabulary.readRows("search-terms.tsv")) {
            switch (r[0]) {
                case "occupation" -> extraOccupations.add(r);
                case "skill" -> skills.add(r);
                case "seniority" -> seniority.add(r);
                case "region" -> regionsByCountry.computeIfAbsent(r[1], k -> new ArrayList<>()).add(r[2]);
                default -> throw new IllegalStateException("search-terms.tsv: unknown kind " + r[0]);
            }
        }
    }

    /** The next saved search. */
    public SearchRequest next() {
        int li = language();
        Market m = Market.ALL.get(li);
        String lang = m.language();
        boolean filterOnly = rnd.nextDouble() < FILTER_ONLY;
        String q = filterOnly ? "" : text(li, lang);
        List<String> regions = List.of();
        SearchRequest.Geo geo = null;
        double where = rnd.nextDouble();
        if (where < 0.65) {
            List<String> all = regionsByCountry.get(m.country());
            regions = List.of(all.get(rnd.nextInt(all.size())));
        } else if (where < 0.80) {
            List<Vocabulary.Town> towns = vocabulary.towns(m.country());
            Vocabulary.Town town = towns.get(rnd.nextInt(towns.size()));
            geo = new SearchRequest.Geo(town.lat(), town.lon(), 10 + rnd.nextInt(41));
        }
        List<String> employerFilter = List.of();
        if (filterOnly && rnd.nextDouble() < 0.6 && !employers.isEmpty()) {
            employerFilter = List.of(employers.get(rnd.nextInt(employers.size())));
        }
        if (filterOnly && employerFilter.isEmpty() && regions.isEmpty()) {
            List<String> all = regionsByCountry.get(m.country());
            regions = List.of(all.get(rnd.nextInt(all.size())));
            geo = null;
        }
        boolean typed = rnd.nextDouble() < 0.2 || (filterOnly && employerFilter.isEmpty());
        List<String> types = typed ? List.of(TYPES[rnd.nextInt(TYPES.length)]) : List.of();
        List<String> workplace = rnd.nextDouble() < 0.08 ? List.of(WORKPLACES[rnd.nextInt(2)]) : List.of();
        List<String> languages = rnd.nextDouble() < 0.1 ? List.of(lang) : List.of();
        Double salaryMin = null;
        String currency = null;
        if (rnd.nextDouble() < 0.12) {
            currency = m.currency();
            double eur = 25_000 + rnd.nextInt(36) * 1000;
            salaryMin = switch (currency) {
                case "GBP" -> Math.round(eur * 0.85 / 1000) * 1000.0;
                case "DKK" -> Math.round(eur * 7.46 / 1000) * 1000.0;
                default -> eur;
            };
        }
        return SearchRequest.builder().query(q).filter(Dimension.EMPLOYER, employerFilter)
            .filter(Dimension.REGION, regions).filter(Dimension.EMPLOYMENT_TYPE, types)
            .filter(Dimension.WORKPLACE_TYPE, workplace).filter(Dimension.LANGUAGE, languages)
            .salary(salaryMin, null, currency).geo(geo).build();
    }

    private int language() {
        double u = rnd.nextDouble();
        double sum = 0;
        for (int i = 0; i < Market.ALL.size(); i++) {
            sum += Market.ALL.get(i).share();
            if (u < sum) return i;
        }
        return Market.ALL.size() - 1;
    }

    /** 1-3 words: an occupation (or a skill), sometimes with a seniority or skill word, rarely "a phrase" or OR. */
    private String text(int li, String lang) {
        double shape = rnd.nextDouble();
        String q;
        if (shape < 0.92) q = occupation(li, lang);
        else q = skill(li, lang);
        double extra = rnd.nextDouble();
        if (extra < 0.10) {
            q = seniority.get(rnd.nextInt(seniority.size()))[1 + li] + " " + q;
        } else if (extra < 0.20) {
            q = q + " " + skill(li, lang);
        } else if (extra < 0.23) {
            q = q + " OR " + occupation(li, lang);
        } else if (extra < 0.28 && q.contains(" ")) {
            q = "\"" + q + "\"";
        }
        return rnd.nextBoolean() ? q.toLowerCase(Locale.ROOT) : q;
    }

    /** Half from search-terms.tsv, half the skills the generated descriptions mention. */
    private String skill(int li, String lang) {
        if (rnd.nextBoolean()) return skills.get(rnd.nextInt(skills.size()))[1 + li];
        List<String> inText = vocabulary.section(lang, "skill");
        return inText.get(rnd.nextInt(inText.size()));
    }

    private String occupation(int li, String lang) {
        if (rnd.nextDouble() < LONG_TAIL) return extraOccupations.get(rnd.nextInt(extraOccupations.size()))[1 + li];
        return occupations.sample(rnd).labels().get(lang);
    }
}
