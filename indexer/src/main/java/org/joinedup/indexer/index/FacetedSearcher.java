package org.joinedup.indexer.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.util.IOConsumer;

/**
 * An IndexSearcher that carries the facet ordinal state of its reader, built once per refresh rather than
 * once per query, and the facet ordinals of its segments (read when a segment first appears, before any
 * search uses the searcher). Internal to the indexer.
 */
public final class FacetedSearcher extends IndexSearcher {
    private final SortedSetDocValuesReaderState facetState;
    private final FacetOrdinals ordinals;

    FacetedSearcher(IndexReader reader, SortedSetDocValuesReaderState facetState, FacetOrdinals ordinals) {
        super(reader);
        this.facetState = facetState;
        this.ordinals = ordinals;
    }

    /** Facet ordinal state, or null while the index holds no facet values yet. */
    public SortedSetDocValuesReaderState facetState() {
        return facetState;
    }

    /**
     * Counts the facet values of the collected documents by global ordinal of {@link #facetState()}; null while
     * the index holds no facet values yet.
     */
    public int[] countFacets(FacetsCollector fc) throws IOException {
        return facetState == null ? null : ordinals.count(facetState, fc);
    }

    /**
     * Makes FacetedSearchers for a SearcherManager; they share the per-segment ordinals. Every segment of a new
     * reader goes through the warmers (filling per-segment caches, the ordinals' among them) before a search
     * can use it.
     */
    static SearcherFactory factory(FacetsConfig config, FacetOrdinals ordinals,
                                   List<IOConsumer<LeafReader>> warmers) {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                FieldInfo facets = FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
                SortedSetDocValuesReaderState state =
                    facets == null ? null : new DefaultSortedSetDocValuesReaderState(reader, config);
                for (IOConsumer<LeafReader> warmer : warmers) {
                    for (LeafReaderContext leaf : reader.leaves()) warmer.accept(leaf.reader());
                }
                return new FacetedSearcher(reader, state, ordinals);
            }
        };
    }
}
