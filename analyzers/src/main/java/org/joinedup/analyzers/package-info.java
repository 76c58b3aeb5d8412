/**
 * Lucene analysis for every language we index, language detection, compound splitting and
 * cross-language occupation synonyms.
 *
 * <p>To use this module, create one {@link org.joinedup.analyzers.LanguageAnalysis} and share it: ask it for
 * the {@link org.apache.lucene.analysis.Analyzer} of a language (the same one serves index and query time),
 * for the occupation-concept analyzer that maps occupation words in any supported language onto shared
 * concept ids, and to detect the language of a text.
 *
 * <p>Inside: per-language analyzers are {@code CustomAnalyzer}s (standard tokenizer, lower case, stop words,
 * dictionary compound splitting for nl/da/fi from {@code compound/<lang>.txt}, Snowball stemming); the
 * occupation analyzer reads {@code occupations.tsv} (50 concepts with ISCO-08 codes and en/nl/da/fi terms),
 * matching phrases with a synonym graph and single words by stem, including compound heads; detection is
 * Lingua restricted to en/nl/da/fi plus Swedish, Norwegian Bokmål and German, which go to the fallback.
 */
package org.joinedup.analyzers;
