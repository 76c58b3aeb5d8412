/**
 * Autocomplete for the search box: {@link org.joinedup.indexer.suggest.TitleSuggester} completes the start of
 * any word of open vacancies' titles and of their occupations' labels in every language. Use it through
 * {@code Indexer.suggest(prefix, n)}.
 */
package org.joinedup.indexer.suggest;
