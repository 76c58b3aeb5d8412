package org.joinedup.indexer.search;

import java.time.LocalDate;
import org.apache.lucene.search.Query;
import org.joinedup.indexer.SearchRequest;
import org.joinedup.indexer.index.IndexSchema;

/** Builds the Lucene query a saved search stands for, for alert matching. Internal to the indexer. */
public final class SavedSearchQueries {
    private final QueryBuilder builder;

    public SavedSearchQueries(IndexSchema schema) {
        this.builder = new QueryBuilder(schema);
    }

    /**
     * The query that a new vacancy must match to be sent to this saved search's subscriber.
     *
     * @throws IllegalArgumentException when the saved search cannot be turned into a query
     */
    public Query forAlert(SearchRequest request, LocalDate today) {
        return builder.alertQuery(request, today);
    }

    /** The radius filter inside {@link #forAlert} for a search with this centre and radius (equal to it). */
    public static Query distanceQuery(SearchRequest.Geo geo) {
        return QueryBuilder.distanceQuery(geo);
    }

    /** The radius of that filter, in metres. */
    public static double radiusMeters(SearchRequest.Geo geo) {
        return QueryBuilder.radiusMeters(geo);
    }
}
