package org.joinedup.indexer.dedup;

import java.util.List;

/**
 * One real advert taken from the corpus (personal data stripped), the raw material of the labelled pairs.
 *
 * @param key       origin and id within it, e.g. "nav:1982"
 * @param lang      language tag
 * @param title     title as published
 * @param employer  employer name
 * @param department unit, or null
 * @param locality  town, or null
 * @param region    region, or null
 * @param country   ISO country code
 * @param text      description text, paragraphs separated by newlines
 * @param posted    publication date (ISO), or null
 * @param closing   closing date (ISO), or null
 * @param types     employment types from the Vacancy vocabulary
 * @param salary    salary text as published, or null
 */
record BaseAd(String key, String lang, String title, String employer, String department, String locality,
              String region, String country, String text, String posted, String closing, List<String> types,
              String salary) {
    BaseAd {
        types = types == null ? List.of() : List.copyOf(types);
    }

    String origin() {
        return key.substring(0, key.indexOf(':'));
    }
}
