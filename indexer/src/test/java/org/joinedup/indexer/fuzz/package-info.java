/**
 * What the indexer's fuzz targets share: {@link org.joinedup.indexer.fuzz.FuzzBounds}, the property around one
 * input (a result or a declared error, at most 1 s of CPU time, at most 64 MiB allocated). The targets themselves
 * ({@code *FuzzTest}) sit next to the package-private parsers they drive; their committed inputs are under
 * {@code src/test/resources/<package>/<Class>Inputs/<method>/}.
 */
package org.joinedup.indexer.fuzz;
