package org.joinedup.indexer.index;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * An IndexSearcher that carries the facet ordinal state of its reader, built once per refresh rather than
 * once per query. Internal to the indexer.
 */
public final class FacetedSearcher extends IndexSearcher {
    private final SortedSetDocValuesReaderState facetState;

    FacetedSearcher(IndexReader reader, SortedSetDocValuesReaderState facetState) {
        super(reader);
        this.facetState = facetState;
    }

    /** Facet ordinal state, or null while the index holds no facet values yet. */
    public SortedSetDocValuesReaderState facetState() {
        return facetState;
    }

    /** Makes FacetedSearchers for a SearcherManager. */
    static SearcherFactory factory(FacetsConfig config) {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                FieldInfo facets = FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
                SortedSetDocValuesReaderState state =
                    facets == null ? null : new DefaultSortedSetDocValuesReaderState(reader, config);
                return new FacetedSearcher(reader, state);
            }
        };
    }
}
