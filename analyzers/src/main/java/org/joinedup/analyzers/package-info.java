/**
 * Lucene analysis for every language we index, language detection, compound splitting and
 * cross-language occupation synonyms.
 *
 * <p>To use this module, create one {@link org.joinedup.analyzers.LanguageAnalysis} and share it: ask it for
 * the {@link org.apache.lucene.analysis.Analyzer} of a language (the same one serves index and query time),
 * for the occupation-concept analyzer that maps occupation words in any supported language onto shared
 * concept ids, and to detect the language of a text.
 */
package org.joinedup.analyzers;
