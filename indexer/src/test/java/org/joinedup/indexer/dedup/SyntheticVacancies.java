package org.joinedup.indexer.dedup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.joinedup.indexer.Vacancy;

/** Many distinct filler vacancies made by mixing sentences of the real adverts, for load and memory tests. */
final class SyntheticVacancies {
    private final List<String> sentences = new ArrayList<>();
    private final List<String> titles = new ArrayList<>();
    private final List<String> places = new ArrayList<>();
    private final Random random;

    SyntheticVacancies(List<BaseAd> ads, long seed) {
        for (BaseAd ad : ads) {
            titles.add(ad.title());
            if (ad.locality() != null) places.add(ad.locality());
            for (String s : ad.text().split("(?<=[.!?])\\s+|\n")) {
                if (s.split(" ").length >= 6) sentences.add(s);
            }
        }
        random = new Random(seed);
    }

    /** The i-th filler vacancy: about 120 words from unrelated adverts, one of 2,000 employers. */
    Vacancy next(int i) {
        StringBuilder text = new StringBuilder();
        while (text.length() < 800) {
            text.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
        }
        return Vacancies.of("filler-" + (i % 7), "F" + i, titles.get(random.nextInt(titles.size())),
            "Filler Council " + random.nextInt(2000), places.get(random.nextInt(places.size())), text.toString(),
            LocalDate.of(2025, 1, 1).plusDays(random.nextInt(120)));
    }
}
