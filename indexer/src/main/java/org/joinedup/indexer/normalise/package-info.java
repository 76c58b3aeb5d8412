/**
 * Normalisation of harvested postings into vacancies. To use it, create one {@link
 * org.joinedup.indexer.normalise.Normaliser} with the shared {@code LanguageAnalysis} and call
 * {@code normalise(posting, source, now)} per posting; everything else here (date and salary parsing, employment and
 * workplace type mapping, the offline gazetteer, description sanitising) is package-private and used through it.
 * {@link org.joinedup.indexer.normalise.VacancyIds} derives the stable vacancy id.
 */
package org.joinedup.indexer.normalise;
