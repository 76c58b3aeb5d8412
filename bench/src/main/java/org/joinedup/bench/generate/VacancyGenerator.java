package org.joinedup.bench.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.joinedup.crawler.Posting;
import org.joinedup.crawler.Source;

/**
 * Deterministic generator of realistic multilingual vacancies as raw {@link Posting}s (what a crawler would
 * hand the indexer). The same seed, size and day give the same postings, byte for byte.
 *
 * <p>Markets en/GB, nl/NL, da/DK and fi/FI take about 35/25/20/20 % of the postings, spread over many
 * fictional councils (about one per 2,500 postings, at least 4 per market). Occupations (48 public-sector
 * ones, labelled per language) and towns are Zipf-skewed; descriptions are a few hundred words from
 * per-language templates; salary text is in local formats; posted dates lie in the last 60 days and
 * closing dates in the next 120. About 8 % of postings re-list a recent vacancy of another council of the
 * same market with light edits (the dedup path); {@link #duplicates()} says which.
 */
public final class VacancyGenerator {
    static final double RELISTING_SHARE = 0.08;
    private static final int RING = 4096;

    private final SplittableRandom rnd;
    private final LocalDate today;
    private final Instant fetchedAt;
    private final Vocabulary vocabulary = Vocabulary.get();
    private final DescriptionWriter writer = new DescriptionWriter(vocabulary);
    private final Zipf<Vocabulary.Occupation> occupations;
    private final Map<String, Zipf<SourceFactory.CouncilSource>> sourcesByLanguage = new LinkedHashMap<>();
    private final Map<String, Zipf<Vocabulary.Town>> townsByCountry = new HashMap<>();
    private final Map<String, SourceFactory.CouncilSource> sources = new LinkedHashMap<>();
    private final Map<String, Integer> refCounters = new HashMap<>();
    private final Map<String, Posting[]> recentOriginals = new HashMap<>();
    private final Map<String, long[]> originalsCount = new HashMap<>();
    private final Map<String, String> duplicateOf = new HashMap<>();
    private long produced;

    /**
     * @param seed        random seed
     * @param plannedDocs how many postings will be drawn (decides the number of councils)
     * @param today       the day the data is "harvested"; dates are relative to it
     */
    public VacancyGenerator(long seed, int plannedDocs, LocalDate today) {
        this.rnd = new SplittableRandom(seed);
        this.today = today;
        this.fetchedAt = today.atTime(6, 0).toInstant(ZoneOffset.UTC);
        this.occupations = new Zipf<>(vocabulary.occupations(), 1.0);
        int total = Math.clamp(plannedDocs / 2_500, 16, 400);
        SourceFactory factory = new SourceFactory(vocabulary);
        for (Market m : Market.ALL) {
            List<SourceFactory.CouncilSource> list = factory.create(m, Math.max(4, (int) Math.round(total * m.share())), rnd);
            list.forEach(c -> sources.put(c.source().id(), c));
            sourcesByLanguage.put(m.language(), new Zipf<>(list, 0.7));
            townsByCountry.put(m.country(), new Zipf<>(vocabulary.towns(m.country()), 0.9));
            recentOriginals.put(m.language(), new Posting[RING]);
            originalsCount.put(m.language(), new long[1]);
        }
    }

    /** All postings of a run at once. */
    public static List<Posting> generate(long seed, int n, LocalDate today) {
        return new VacancyGenerator(seed, n, today).next(n);
    }

    /** Every council source, in a stable order. */
    public List<Source> sources() {
        return sources.values().stream().map(SourceFactory.CouncilSource::source).toList();
    }

    /** The source a posting's sourceId names. */
    public Source source(String id) {
        SourceFactory.CouncilSource c = sources.get(id);
        if (c == null) throw new IllegalArgumentException("unknown source " + id);
        return c.source();
    }

    /** Re-listings so far: "sourceId/sourceRef" of the re-listing to that of the original it copies. */
    public Map<String, String> duplicates() {
        return Collections.unmodifiableMap(duplicateOf);
    }

    /** Postings produced so far. */
    public long produced() {
        return produced;
    }

    /** The next n postings. */
    public List<Posting> next(int n) {
        List<Posting> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(next());
        }
        return out;
    }

    /** The next posting. */
    public Posting next() {
        Market m = market();
        Posting[] ring = recentOriginals.get(m.language());
        long[] originals = originalsCount.get(m.language());
        // Drawn even when no original exists yet, so the random sequence does not depend on that.
        boolean relist = rnd.nextDouble() < RELISTING_SHARE;
        Posting original = relist && originals[0] > 0 ? ring[rnd.nextInt((int) Math.min(RING, originals[0]))] : null;
        Posting p = original != null ? relisting(m, original) : original(m);
        if (original == null) ring[(int) (originals[0]++ % RING)] = p;
        produced++;
        return p;
    }

    private Market market() {
        double u = rnd.nextDouble();
        double sum = 0;
        for (Market m : Market.ALL) {
            sum += m.share();
            if (u < sum) return m;
        }
        return Market.ALL.getLast();
    }

    private Posting original(Market m) {
        String lang = m.language();
        SourceFactory.CouncilSource cs = sourcesByLanguage.get(lang).sample(rnd);
        Source s = cs.source();
        Vocabulary.Occupation occ = occupations.sample(rnd);
        Vocabulary.Town town = rnd.nextDouble() < 0.65 ? cs.home() : townsByCountry.get(m.country()).sample(rnd);
        List<String> depts = vocabulary.section(lang, "dept");
        String dept = depts.get(Math.min(depts.size() - 1, (int) Math.floor(-Math.log(1 - rnd.nextDouble()) * 3)));
        LocalDate posted = today.minusDays(rnd.nextInt(61));
        LocalDate closing = today.plusDays(1 + rnd.nextInt(120));
        Map<String, String> values = Map.of("role", occ.labels().get(lang).toLowerCase(m.locale()),
            "employer", s.council(), "town", town.name(), "region", town.region(), "dept", dept,
            "hours", pick(vocabulary.section(lang, "hours")), "date", m.longDate(closing));
        String ref = nextRef(s.id());
        Posting.Builder b = Posting.builder(s.id(), ref)
            .url(s.url() + "/" + ref).title(title(lang, occ.labels().get(lang), m.locale()))
            .descriptionHtml(DescriptionWriter.html(writer.paragraphs(lang, values, rnd)))
            .language(rnd.nextDouble() < 0.9 ? m.tag() : null)
            .employerName(rnd.nextDouble() < 0.85 ? s.council() : null).department(dept)
            .location(new Posting.Location(town.name() + ", " + town.region(), town.name(), town.region(), null,
                m.country(), town.lat(), town.lon()))
            .salary(SalaryWriter.salary(m, occ, rnd)).datePosted(dateText(posted))
            .validThrough(closing.toString()).fetchedUrl(s.url().toString()).fetchedAt(fetchedAt).format(s.format());
        employmentTypes(lang).forEach(b::employmentType);
        if (rnd.nextDouble() < 0.3) b.occupation(new Posting.Occupation("ISCO-08", occ.isco(), occ.labels().get(lang)));
        if (rnd.nextDouble() < 0.15) b.workplaceType(rnd.nextBoolean() ? "hybrid" : "TELECOMMUTE");
        return b.build();
    }

    private Posting relisting(Market m, Posting o) {
        Source target;
        do {
            target = sourcesByLanguage.get(m.language()).sample(rnd).source();
        } while (target.id().equals(o.sourceId()));
        String ref = nextRef(target.id());
        String employer = o.employerName() != null ? o.employerName() : source(o.sourceId()).council();
        String html = o.descriptionHtml();
        int lastParagraph = html.lastIndexOf("<p>");
        html = html.substring(0, lastParagraph) + "<p>" + relistNote(m.language(), employer) + "</p>\n";
        String title = rnd.nextDouble() < 0.2 ? o.title().toLowerCase(m.locale()) : o.title();
        Posting p = new Posting(target.id(), ref, target.url() + "/" + ref, o.url(), title, html, o.language(),
            employer, o.employerId(), o.department(), o.locations(), o.employmentTypes(), o.workplaceType(),
            o.salary(), o.occupations(), o.datePosted(), o.validThrough(), o.startDate(), o.extra(),
            target.url().toString(), fetchedAt, target.format());
        duplicateOf.put(target.id() + "/" + ref, o.sourceId() + "/" + o.sourceRef());
        return p;
    }

    private static String relistNote(String lang, String employer) {
        return switch (lang) {
            case "en" -> "This vacancy is advertised on behalf of " + employer + ". Apply on the employer's website.";
            case "nl" -> "Deze vacature wordt geplaatst namens " + employer + ". Solliciteren kan via de website van de werkgever.";
            case "da" -> "Stillingen opslås på vegne af " + employer + ". Søg via arbejdsgiverens hjemmeside.";
            default -> "Tehtävä julkaistaan työnantajan " + employer + " puolesta. Hae työnantajan verkkosivujen kautta.";
        };
    }

    private String title(String lang, String label, Locale locale) {
        String t = label;
        if (rnd.nextDouble() < 0.2) {
            String prefix = pick(vocabulary.section(lang, "titlePrefix"));
            t = prefix + (lang.equals("en") ? label : label.toLowerCase(locale));
        }
        if (rnd.nextDouble() < 0.35) t = t + pick(vocabulary.section(lang, "titleSuffix"));
        return t;
    }

    private List<String> employmentTypes(String lang) {
        List<String> words = vocabulary.section(lang, "employment");
        String first = words.get(Math.min(words.size() - 1, (int) Math.floor(-Math.log(1 - rnd.nextDouble()) * 2)));
        if (rnd.nextDouble() < 0.7) return List.of(first);
        String second = pick(words);
        return second.equals(first) ? List.of(first) : List.of(first, second);
    }

    private String dateText(LocalDate d) {
        return rnd.nextDouble() < 0.7 ? d.toString() : d.atTime(9, 0).toInstant(ZoneOffset.UTC).toString();
    }

    private String nextRef(String sourceId) {
        int n = refCounters.merge(sourceId, 1, Integer::sum);
        return sourceId.toUpperCase(Locale.ROOT) + "-" + String.format(Locale.ROOT, "%07d", n);
    }

    private String pick(List<String> from) {
        return from.get(rnd.nextInt(from.size()));
    }
}
