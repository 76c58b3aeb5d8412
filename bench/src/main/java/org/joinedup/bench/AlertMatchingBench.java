package org.joinedup.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.Query;
import org.joinedup.analyzers.LanguageAnalysis;
import org.joinedup.bench.generate.SavedSearchGenerator;
import org.joinedup.bench.generate.VacancyGenerator;
import org.joinedup.crawler.Posting;
import org.joinedup.indexer.Dimension;
import org.joinedup.indexer.SearchRequest;
import org.joinedup.indexer.Vacancy;
import org.joinedup.indexer.alerts.AlertMatcher;
import org.joinedup.indexer.alerts.SavedSearch;
import org.joinedup.indexer.index.IndexSchema;
import org.joinedup.indexer.normalise.Normaliser;
import org.joinedup.indexer.search.SavedSearchQueries;

/**
 * Alert matching throughput at N saved searches: the presearcher-backed {@link AlertMatcher} against a naive loop
 * that runs every saved query against a one-document MemoryIndex of each vacancy. The naive loop is measured on a
 * sample of vacancies and a prefix of the saved searches and extrapolated (it runs every query for every
 * vacancy, so its cost per vacancy is linear in the number of searches). On that sample the bench checks that
 * both find exactly the same (vacancy, saved search) pairs, and fails otherwise.
 *
 * <p>Two data sets: {@code realistic} (default) matches generated council vacancies ({@link VacancyGenerator},
 * normalised by the real {@link Normaliser}, untimed) against {@link SavedSearchGenerator} searches;
 * {@code dense} is the first version's tiny vocabulary (~40 words per language, so ~1.8 % of searches match
 * each vacancy).
 * Run with {@code java -cp <bench classpath> org.joinedup.bench.AlertMatchingBench [searches] [docs] [naiveDocs]
 * [naiveQueries] [realistic|dense]} (defaults 100000, 2000, 10, 20000, realistic).
 */
public final class AlertMatchingBench {
    /** Vacancies per {@code AlertMatcher.match(List)} call, as one harvest's new vacancies would come. */
    private static final int BATCH = 50;
    /**
     * Rates are per second of the matching thread's CPU time: the benchmark machines are shared, and wall-clock
     * time under load counts time spent waiting for a core (wall-clock rates are printed too).
     */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    /** Dense mode: occupation and task words per language, as people type them into a job search. */
    static final Map<String, String[]> WORDS = Map.of(
        "en", ("nurse teacher gardener planner accountant engineer librarian caretaker cleaner driver social worker "
            + "surveyor architect lawyer solicitor paralegal receptionist administrator officer manager assistant "
            + "analyst developer electrician plumber carpenter chef cook porter warden ranger inspector auditor "
            + "paramedic midwife therapist psychologist coordinator advisor consultant technician").split(" "),
        "nl", ("verpleegkundige leraar hovenier planner boekhouder ingenieur bibliothecaris conciërge schoonmaker "
            + "chauffeur maatschappelijk werker landmeter architect jurist secretaresse receptionist beheerder "
            + "medewerker manager assistent analist ontwikkelaar elektricien loodgieter timmerman kok handhaver "
            + "boa inspecteur auditor ambulanceverpleegkundige verloskundige therapeut psycholoog coördinator "
            + "adviseur consultant monteur beleidsmedewerker").split(" "),
        "da", ("sygeplejerske lærer gartner planlægger bogholder ingeniør bibliotekar pedel rengøringsassistent "
            + "chauffør socialrådgiver landinspektør arkitekt jurist advokat receptionist administrator "
            + "sagsbehandler leder assistent analytiker udvikler elektriker blikkenslager tømrer kok portør "
            + "inspektør revisor ambulancebehandler jordemoder terapeut psykolog koordinator konsulent "
            + "tekniker pædagog social sundhedsassistent").split(" "),
        "fi", ("sairaanhoitaja opettaja puutarhuri suunnittelija kirjanpitäjä insinööri kirjastonhoitaja "
            + "talonmies siivooja kuljettaja sosiaalityöntekijä maanmittari arkkitehti lakimies asianajaja "
            + "vastaanottovirkailija hallinnoija sihteeri päällikkö avustaja analyytikko kehittäjä sähköasentaja "
            + "putkiasentaja kirvesmies kokki vahtimestari tarkastaja tilintarkastaja ensihoitaja kätilö "
            + "terapeutti psykologi koordinaattori neuvoja konsultti teknikko lähihoitaja").split(" "));
    /** Everyday words of a vacancy text that are not occupations. */
    static final Map<String, String[]> FILLER = Map.of(
        "en", ("we offer a varied role in a friendly team the council serves residents you will work with "
            + "partners and colleagues to deliver good services apply by the closing date flexible hours "
            + "pension leave training support").split(" "),
        "nl", ("wij bieden een afwisselende functie in een prettig team de gemeente dient inwoners je werkt met "
            + "partners en collega's aan goede dienstverlening solliciteer voor de sluitingsdatum flexibele "
            + "uren pensioen verlof opleiding").split(" "),
        "da", ("vi tilbyder en varieret stilling i et godt team kommunen betjener borgerne du arbejder med "
            + "partnere og kolleger om gode services søg inden fristen fleksible timer pension ferie "
            + "uddannelse").split(" "),
        "fi", ("tarjoamme monipuolisen tehtävän mukavassa tiimissä kaupunki palvelee asukkaita työskentelet "
            + "kumppaneiden ja kollegoiden kanssa hyvien palvelujen eteen hae määräaikaan mennessä joustava "
            + "työaika eläke loma koulutus").split(" "));
    static final String[] LANGS = {"en", "nl", "da", "fi"};
    static final String[] REGIONS = {"North Yorkshire", "Utrecht", "Region Midtjylland", "Pirkanmaa"};
    static final String[][] TOWNS = {{"Harrogate", "54.0", "-1.54"}, {"Zeist", "52.09", "5.23"},
        {"Aarhus", "56.16", "10.2"}, {"Tampere", "61.5", "23.76"}};

    public static void main(String[] args) throws Exception {
        int searches = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int docs = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int naiveDocs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int naiveQueries = Math.min(searches, args.length > 3 ? Integer.parseInt(args[3]) : 20_000);
        boolean dense = args.length > 4 && args[4].equals("dense");
        try (LanguageAnalysis analysis = new LanguageAnalysis()) {
            IndexSchema schema = new IndexSchema(analysis);
            long t0 = System.nanoTime();
            List<Vacancy> vacancies = dense ? denseVacancies(docs) : realisticVacancies(analysis, docs);
            List<SavedSearch> saved = dense ? denseSearches(searches) : realisticSearches(vacancies, searches);
            System.out.printf(Locale.ROOT, "data: %s, %d vacancies, %d saved searches, generated in %.1f s; "
                + "cores available: %d%n", dense ? "dense (old tiny vocabulary)" : "realistic", vacancies.size(),
                saved.size(), (System.nanoTime() - t0) / 1e9, Runtime.getRuntime().availableProcessors());
            docs = vacancies.size();
            naiveDocs = Math.min(naiveDocs, docs);
            try (AlertMatcher matcher = new AlertMatcher(schema, Clock.systemUTC())) {
                t0 = System.nanoTime();
                matcher.register(saved);
                System.out.printf(Locale.ROOT, "registered %d saved searches in %.1f s%n", matcher.size(),
                    (System.nanoTime() - t0) / 1e9);
                matcher.match(vacancies.subList(0, Math.min(200, docs))); // warm-up
                List<List<String>> found = new ArrayList<>(docs);
                long matches = 0;
                long candidates0 = matcher.candidatesRun();
                t0 = System.nanoTime();
                long cpu0 = CPU.getCurrentThreadCpuTime();
                for (int i = 0; i < docs; i += BATCH) {
                    List<Vacancy> batch = vacancies.subList(i, Math.min(docs, i + BATCH));
                    Map<String, List<String>> byVacancy = matcher.match(batch);
                    for (Vacancy v : batch) {
                        List<String> ids = byVacancy.getOrDefault(v.id(), List.of());
                        found.add(ids);
                        matches += ids.size();
                    }
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                double cpuSeconds = (CPU.getCurrentThreadCpuTime() - cpu0) / 1e9;
                double monitorRate = docs / cpuSeconds;
                System.out.printf(Locale.ROOT, "presearcher: %d docs, %d matches = %.1f per doc = %.4f %% of saved "
                    + "searches per doc; one thread: %.0f docs/s wall-clock (%.2f s), %.0f docs/s of thread CPU time "
                    + "(%.2f s) = per core%n", docs, matches, matches / (double) docs, 100.0 * matches / docs / searches,
                    docs / seconds, seconds, monitorRate, cpuSeconds);
                System.out.printf(Locale.ROOT, "presearcher selected %.1f candidate searches per doc (%.4f %% of all) "
                    + "for %.1f matches%n", (matcher.candidatesRun() - candidates0) / (double) docs,
                    100.0 * (matcher.candidatesRun() - candidates0) / docs / searches, matches / (double) docs);
                double naiveRate = naive(schema, saved.subList(0, naiveQueries), vacancies.subList(0, naiveDocs),
                    found.subList(0, naiveDocs)) * naiveQueries / searches;
                System.out.printf(Locale.ROOT, "naive loop: %.3f docs/s of CPU time at %d saved searches (EXTRAPOLATED: measured "
                    + "%d docs x %d queries, each query against a MemoryIndex of the doc, cost linear in queries, so "
                    + "scaled by %d/%d)%n", naiveRate, searches, naiveDocs, naiveQueries, naiveQueries, searches);
                System.out.printf(Locale.ROOT, "ratio presearcher/naive: %.0fx%n", monitorRate / naiveRate);
                System.out.printf(Locale.ROOT, "goal >= 500 docs/s per core: %s; goal >= 10x naive: %s%n",
                    monitorRate >= 500 ? "MET" : "NOT MET", monitorRate / naiveRate >= 10 ? "MET" : "NOT MET");
            }
        }
    }

    /**
     * Docs/s of the naive loop over {@code sample}; also checks that it finds, per vacancy, exactly the saved
     * searches among {@code saved} that the presearcher found ({@code presearched}), and throws if not.
     */
    private static double naive(IndexSchema schema, List<SavedSearch> saved, List<Vacancy> sample,
                                List<List<String>> presearched) throws Exception {
        SavedSearchQueries builder = new SavedSearchQueries(schema);
        LocalDate today = LocalDate.now();
        List<Query> queries = new ArrayList<>(saved.size());
        Set<String> ids = new HashSet<>();
        for (SavedSearch s : saved) {
            queries.add(builder.forAlert(s.request(), today));
            ids.add(s.id());
        }
        long hits = 0;
        List<Set<String>> naiveFound = new ArrayList<>();
        long t0 = System.nanoTime();
        long cpu0 = CPU.getCurrentThreadCpuTime();
        for (Vacancy v : sample) {
            MemoryIndex mi = new MemoryIndex();
            Document d = schema.toDocument(v);
            for (IndexableField f : d) mi.addField(f, schema.perFieldAnalyzer());
            Set<String> found = new TreeSet<>();
            for (int i = 0; i < queries.size(); i++) {
                if (mi.search(queries.get(i)) > 0) found.add(saved.get(i).id());
            }
            hits += found.size();
            naiveFound.add(found);
        }
        double wallRate = sample.size() / ((System.nanoTime() - t0) / 1e9);
        double rate = sample.size() / ((CPU.getCurrentThreadCpuTime() - cpu0) / 1e9);
        System.out.printf(Locale.ROOT, "naive loop sample: %d docs x %d queries: %.3f docs/s wall-clock, %.3f docs/s "
            + "of thread CPU time%n", sample.size(), queries.size(), wallRate, rate);
        int agree = 0;
        for (int i = 0; i < sample.size(); i++) {
            Set<String> fast = new TreeSet<>(presearched.get(i));
            fast.retainAll(ids);
            if (fast.equals(naiveFound.get(i))) {
                agree++;
            } else {
                throw new IllegalStateException("presearcher and naive loop disagree on vacancy " + sample.get(i).id()
                    + ": presearcher " + fast + ", naive " + naiveFound.get(i));
            }
        }
        System.out.printf(Locale.ROOT, "check: presearcher == naive on %d of %d sample vacancies x %d saved searches "
            + "(%d matches)%n", agree, sample.size(), queries.size(), hits);
        return rate;
    }

    private static List<Vacancy> realisticVacancies(LanguageAnalysis analysis, int docs) {
        VacancyGenerator gen = new VacancyGenerator(7, docs, LocalDate.now());
        Normaliser normaliser = new Normaliser(analysis);
        Instant now = Instant.now();
        List<Vacancy> out = new ArrayList<>(docs);
        for (Posting p : gen.next(docs)) {
            try {
                Vacancy v = normaliser.normalise(p, gen.source(p.sourceId()), now);
                out.add(v.withCluster(Vacancy.Cluster.single(v.id())));
            } catch (IllegalArgumentException e) {
                // rejected postings never reach the index, so they never alert either
            }
        }
        return out;
    }

    private static List<SavedSearch> realisticSearches(List<Vacancy> vacancies, int searches) {
        List<String> employers = vacancies.stream().map(v -> v.employer().name()).distinct().sorted().toList();
        SavedSearchGenerator gen = new SavedSearchGenerator(42, employers);
        List<SavedSearch> saved = new ArrayList<>(searches);
        for (int i = 0; i < searches; i++) saved.add(new SavedSearch("s" + i, gen.next()));
        return saved;
    }

    private static List<Vacancy> denseVacancies(int docs) {
        Random rnd = new Random(43);
        List<Vacancy> out = new ArrayList<>(docs);
        for (int i = 0; i < docs; i++) out.add(vacancy(rnd, i));
        return out;
    }

    private static List<SavedSearch> denseSearches(int searches) {
        Random rnd = new Random(42);
        List<SavedSearch> saved = new ArrayList<>(searches);
        for (int i = 0; i < searches; i++) saved.add(new SavedSearch("s" + i, search(rnd)));
        return saved;
    }

    static SearchRequest search(Random rnd) {
        String lang = LANGS[rnd.nextInt(LANGS.length)];
        String[] w = WORDS.get(lang);
        String q = w[rnd.nextInt(w.length)];
        double shape = rnd.nextDouble();
        if (shape < 0.25) q = q + " " + w[rnd.nextInt(w.length)];
        else if (shape < 0.35) q = q + " OR " + w[rnd.nextInt(w.length)];
        else if (shape < 0.40) q = "\"" + q + " " + w[rnd.nextInt(w.length)] + "\"";
        int r = rnd.nextInt(REGIONS.length);
        List<String> regions = rnd.nextDouble() < 0.4 ? List.of(REGIONS[r]) : List.of();
        List<String> types = rnd.nextDouble() < 0.2 ? List.of(rnd.nextBoolean() ? "full-time" : "part-time")
            : List.of();
        List<String> workplace = rnd.nextDouble() < 0.1 ? List.of("hybrid") : List.of();
        List<String> languages = rnd.nextDouble() < 0.2 ? List.of(lang) : List.of();
        Double salaryMin = rnd.nextDouble() < 0.1 ? 25_000.0 + rnd.nextInt(30) * 1000 : null;
        SearchRequest.Geo geo = rnd.nextDouble() < 0.05 ? new SearchRequest.Geo(
            Double.parseDouble(TOWNS[r][1]), Double.parseDouble(TOWNS[r][2]), 10 + rnd.nextInt(40)) : null;
        return SearchRequest.builder().query(q).filter(Dimension.REGION, regions)
            .filter(Dimension.EMPLOYMENT_TYPE, types).filter(Dimension.WORKPLACE_TYPE, workplace)
            .filter(Dimension.LANGUAGE, languages).salary(salaryMin, null, null).geo(geo).build();
    }

    static Vacancy vacancy(Random rnd, int i) {
        int l = rnd.nextInt(LANGS.length);
        String lang = LANGS[l];
        String[] w = WORDS.get(lang);
        String title = w[rnd.nextInt(w.length)] + " " + w[rnd.nextInt(w.length)];
        String[] f = FILLER.get(lang);
        StringBuilder text = new StringBuilder(title).append(". ");
        for (int k = 0; k < 120; k++) text.append(f[rnd.nextInt(f.length)]).append(k % 12 == 11 ? ". " : " ");
        text.append(w[rnd.nextInt(w.length)]).append('.');
        String[] town = TOWNS[l];
        double annual = 22_000 + rnd.nextInt(40) * 1000;
        return new Vacancy("bench-" + i, "bench", "ref-" + i, "https://jobs.example/" + i, null, title,
            "<p>" + text + "</p>", text.toString(), lang, new Vacancy.Employer("Council " + l, null), null,
            List.of(new Vacancy.Location(town[0], REGIONS[l], null, null, Double.parseDouble(town[1]),
                Double.parseDouble(town[2]))), rnd.nextBoolean() ? "onsite" : "hybrid",
            List.of(rnd.nextBoolean() ? "full-time" : "part-time", "permanent"),
            new Vacancy.Salary(annual, annual + 5000, "EUR", "YEAR", annual, annual + 5000, null), List.of(),
            LocalDate.now(), LocalDate.now().plusDays(30), null, Vacancy.Lifecycle.seenNow(Instant.now()), null,
            new Vacancy.Licence("CC0-1.0", ""));
    }
}
