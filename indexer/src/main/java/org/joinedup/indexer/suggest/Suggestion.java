package org.joinedup.indexer.suggest;

/**
 * One autocomplete suggestion.
 *
 * @param text     what to put in the search box
 * @param kind     {@code title} (a vacancy title) or {@code occupation} (an occupation label)
 * @param language language of the text (BCP-47 primary tag)
 * @param count    open vacancies behind it (titles: with that title; occupations: in that occupation)
 */
public record Suggestion(String text, String kind, String language, long count) {
    /** Kind of a vacancy title. */
    public static final String TITLE = "title";
    /** Kind of an occupation label. */
    public static final String OCCUPATION = "occupation";
}
