package org.joinedup.bench.generate;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.joinedup.crawler.Licence;
import org.joinedup.crawler.Source;

/**
 * Fictional councils for one market: made-up place names in the market's language, each council based in a
 * real town of its country (which gives its region and the town most of its vacancies are in).
 */
final class SourceFactory {
    /** A generated source with the town it is based in. */
    record CouncilSource(Source source, Vocabulary.Town home) {
    }

    private final Vocabulary vocabulary;
    private final Set<String> councils = new HashSet<>();

    SourceFactory(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    List<CouncilSource> create(Market m, int count, SplittableRandom rnd) {
        Zipf<Vocabulary.Town> towns = new Zipf<>(vocabulary.towns(m.country()), 0.8);
        List<CouncilSource> out = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            String council = uniqueCouncil(m.language(), rnd);
            Vocabulary.Town home = towns.sample(rnd);
            String id = m.country().toLowerCase(Locale.ROOT) + "-" + String.format(Locale.ROOT, "%03d", i);
            Licence licence = m.country().equals("GB")
                ? new Licence("OGL-UK-3.0", "Contains public sector information licensed under the Open Government Licence v3.0.")
                : new Licence("CC-BY-4.0", council);
            // Not a full snapshot: the benches feed each source in batches, and a batch must not close the rest.
            Source s = new Source(id, council, URI.create("https://" + id + ".example.org/vacancies"), m.format(),
                home.region(), m.country(), m.language(), licence, Duration.ofHours(1), false, true);
            out.add(new CouncilSource(s, home));
        }
        return out;
    }

    private String uniqueCouncil(String lang, SplittableRandom rnd) {
        List<String> patterns = vocabulary.section(lang, "council");
        List<String> prefixes = vocabulary.section(lang, "placePrefix");
        List<String> suffixes = vocabulary.section(lang, "placeSuffix");
        for (int attempt = 0; ; attempt++) {
            String place = prefixes.get(rnd.nextInt(prefixes.size())) + suffixes.get(rnd.nextInt(suffixes.size()));
            String council = patterns.get(rnd.nextInt(patterns.size())).replace("{place}", place);
            if (attempt > 50) council = council + " " + (attempt - 50);
            if (councils.add(council)) return council;
        }
    }
}
