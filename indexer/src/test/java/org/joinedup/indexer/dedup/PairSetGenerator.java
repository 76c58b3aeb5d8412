package org.joinedup.indexer.dedup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Predicate;
import org.joinedup.indexer.Vacancy;

/**
 * Builds the labelled pair set from real adverts ({@link BaseAd}), deterministically from a seed.
 *
 * <p>Duplicates: the same advert re-listed by another source with realistic edits. Distinct: near-misses (the same
 * title at another employer, the same employer re-advertising a different post, the same template with another
 * title) and random pairs. The adverts are split in two halves by a hash of their key: one half, with one seed,
 * makes the tuning set; the other half, with another seed, makes the reported (held-out) set.
 */
final class PairSetGenerator {
    static final long TUNE_SEED = 11;
    static final long REPORT_SEED = 29;
    private static final Map<String, String> SOURCE_OF = Map.of("helsinki", "helsinki-rekry", "jobnet", "jobnet",
        "nav", "nav-arbeidsplassen", "kuntarekry", "kuntarekry");
    static final String OVERSAMPLED_LANGUAGE = "da";
    static final int MIN_OVERSAMPLED_PAIRS = 30;
    private static final List<String> OTHER_SOURCES = List.of("nordic-jobs", "eures-portal", "regional-jobs");

    private final List<BaseAd> ads;
    private final Random r;
    private int counter;

    PairSetGenerator(List<BaseAd> allAds, boolean reportHalf, long seed) {
        this.ads = allAds.stream().filter(a -> (Hashing.hash64(a.key()) & 1) == (reportHalf ? 1 : 0)).toList();
        this.r = new Random(seed);
    }

    List<LabelledPair> generate() {
        List<LabelledPair> out = new ArrayList<>();
        for (BaseAd ad : ads) {
            pairsOf(ad, out);
        }
        // Danish is one of the service's languages, but the corpus has only six real Danish adverts (about three
        // per half): they get further rounds of pairs, each with fresh edits, until Danish is represented.
        List<BaseAd> danish = ads.stream().filter(a -> a.lang().equals(OVERSAMPLED_LANGUAGE)).toList();
        for (int round = 0; !danish.isEmpty() && pairsIn(out, OVERSAMPLED_LANGUAGE) < MIN_OVERSAMPLED_PAIRS
            && round < 20; round++) {
            for (BaseAd ad : danish) {
                pairsOf(ad, out);
            }
        }
        return out;
    }

    static long pairsIn(List<LabelledPair> pairs, String language) {
        return pairs.stream().filter(p -> language.equals(p.a().language())).count();
    }

    /** One round for an advert: one or two duplicates, one or two near-misses, sometimes a random pair. */
    private void pairsOf(BaseAd ad, List<LabelledPair> out) {
        Draft a = Draft.of(ad, SOURCE_OF.get(ad.origin()), ListingEdits.salaryFor(ad, r));
        out.add(duplicate(a));
        if (r.nextInt(10) < 7) out.add(duplicate(a));
        out.add(nearMiss(ad, a));
        if (r.nextInt(10) < 6) out.add(nearMiss(ad, a));
        if (r.nextInt(5) < 2) out.add(random(a));
    }

    private LabelledPair duplicate(Draft a) {
        Draft b = a.withSource(OTHER_SOURCES.get(r.nextInt(OTHER_SOURCES.size())), "R" + (1000 + counter));
        String kind;
        switch (r.nextInt(4)) {
            case 0 -> {
                kind = "copy-reformatted";
                b = b.withText(ListingEdits.reformat(a.text(), r)).withEmployer(
                    ListingEdits.employerVariant(a.employer(), r)).withSalary(ListingEdits.reformatSalary(a.salary(), r));
            }
            case 1 -> {
                kind = "aggregator-relisting";
                String site = ListingEdits.AGGREGATORS.get(r.nextInt(ListingEdits.AGGREGATORS.size()));
                b = b.withText(ListingEdits.boilerplate(a.lang(), a.employer()) + "\n"
                        + ListingEdits.reformat(a.text(), r) + "\n" + ListingEdits.footer(a.lang(), site))
                    .withTitle(ListingEdits.titleVariant(a, r)).withDepartment(null);
                if (r.nextInt(3) == 0) b = b.withEmployer(site);
                if (r.nextInt(3) == 0) b = b.withPlace(null, null);
            }
            case 2 -> {
                kind = "truncated-teaser";
                b = b.withText(ListingEdits.truncate(a.text(), r)).withTitle(ListingEdits.titleVariant(a, r))
                    .withSalary(r.nextBoolean() ? null : a.salary());
            }
            default -> {
                kind = "relisted-edited";
                b = b.withText(ListingEdits.dropSentence(ListingEdits.reformat(a.text(), r), r))
                    .withTitle(ListingEdits.titleVariant(a, r)).withClosing(shift(a, r.nextInt(3) - 1))
                    .withSalary(ListingEdits.reformatSalary(a.salary(), r));
            }
        }
        return pair(kind, true, a, b);
    }

    private LabelledPair nearMiss(BaseAd ad, Draft a) {
        return switch (r.nextInt(3)) {
            case 0 -> otherCouncil(ad, a);
            case 1 -> readvertised(a);
            default -> otherTitle(ad, a);
        };
    }

    /** The same title at another employer elsewhere; half the time on the very same template text. */
    private LabelledPair otherCouncil(BaseAd ad, Draft a) {
        BaseAd other = pick(o -> !TextFold.employerKey(o.employer()).equals(TextFold.employerKey(ad.employer())));
        String text = r.nextBoolean() ? other.text()
            : ListingEdits.replace(ListingEdits.replace(a.text(), a.employer(), other.employer()), a.locality(),
                other.locality());
        Draft b = a.withSource(OTHER_SOURCES.get(r.nextInt(OTHER_SOURCES.size())), "C" + (1000 + counter))
            .withEmployer(other.employer()).withDepartment(other.department()).withText(text)
            .withTitle(ListingEdits.replace(a.title(), a.employer(), other.employer()))
            .withClosing(shift(a, r.nextInt(4))).withSalary(null);
        b = r.nextInt(4) == 0 ? b.withPlace(null, null) : b.withPlace(other.locality(), other.region());
        return pair("same-title-other-council", false, a, b);
    }

    /** The same employer advertising another post with the same text: other place, unit or hours. */
    private LabelledPair readvertised(Draft original) {
        Draft a = original;
        Draft b = a.withSource(r.nextBoolean() ? a.sourceId() : OTHER_SOURCES.get(r.nextInt(OTHER_SOURCES.size())),
            "N" + (1000 + counter)).withText(ListingEdits.dropSentence(a.text(), r));
        switch (r.nextInt(3)) {
            case 0 -> {
                BaseAd other = pick(o -> o.country().equals(original.country()) && o.locality() != null
                    && !TextFold.fold(o.locality()).equals(TextFold.fold(original.locality())));
                b = b.withPlace(other.locality(), other.region());
            }
            case 1 -> {
                a = a.withDepartment("Unit " + (1 + r.nextInt(4)));
                b = b.withDepartment("Unit " + (5 + r.nextInt(4)));
            }
            default -> {
                a = a.withTypes(List.of("full-time"));
                b = b.withTypes(List.of("part-time"));
            }
        }
        if (r.nextBoolean()) b = b.withClosing(shift(a, 14 + r.nextInt(40)));
        return pair("readvertised-other-post", false, a, b);
    }

    /** The employer's standard text under another job title. */
    private LabelledPair otherTitle(BaseAd ad, Draft a) {
        Predicate<BaseAd> unlike = o -> DuplicateClassifier.titleSimilarity(
            Signatures.titleKey(TextFold.words(o.title()), ""), Signatures.titleKey(TextFold.words(ad.title()), "")) < 0.3;
        // A language with few adverts (Danish) may have no other title in this half: then another near-miss.
        if (ads.stream().noneMatch(o -> unlike.test(o) && o.lang().equals(ad.lang()))) return otherCouncil(ad, a);
        BaseAd other = pick(o -> unlike.test(o) && o.lang().equals(ad.lang()));
        Draft b = a.withSource(r.nextInt(3) == 0 ? a.sourceId() : OTHER_SOURCES.get(r.nextInt(OTHER_SOURCES.size())),
            "T" + (1000 + counter)).withTitle(other.title())
            .withText(ListingEdits.replace(a.text(), a.title(), other.title())).withClosing(shift(a, r.nextInt(3)));
        return pair("template-other-title", false, a, b);
    }

    private LabelledPair random(Draft a) {
        BaseAd other = pick(o -> !o.title().equals(a.title()) && !o.text().equals(a.text()));
        return pair("random", false, a, Draft.of(other, sourceOf(other), ListingEdits.salaryFor(other, r)));
    }

    private static String sourceOf(BaseAd ad) {
        return SOURCE_OF.get(ad.origin());
    }

    private BaseAd pick(Predicate<BaseAd> ok) {
        for (int i = 0; i < 200; i++) {
            BaseAd o = ads.get(r.nextInt(ads.size()));
            if (ok.test(o)) return o;
        }
        return ads.stream().filter(ok).min(Comparator.comparing(BaseAd::key)).orElseThrow();
    }

    private static LocalDate shift(Draft a, int days) {
        return a.closing() == null ? null : a.closing().plusDays(days);
    }

    private LabelledPair pair(String kind, boolean dup, Draft a, Draft b) {
        counter++;
        Vacancy va = a.toVacancy();
        Vacancy vb = b.toVacancy();
        Objects.requireNonNull(vb);
        return new LabelledPair(String.format("p%04d", counter), kind, dup, va, vb);
    }
}
