package org.joinedup.api.resources;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.joinedup.crawler.Source;
import org.joinedup.api.config.SourceDirectory;
import org.joinedup.indexer.FacetCount;
import org.joinedup.indexer.SearchResult;
import org.joinedup.indexer.Vacancy;

/** The JSON shapes of the vacancy endpoints, built from indexer records plus the source's council. */
final class VacancyViews {

    /** Reference to the source a vacancy came from. */
    record SourceRef(String id, String council) {
    }

    /** The response of a search. */
    record SearchResponse(long total, int page, int size, List<HitView> hits, Map<String, List<FacetCount>> facets,
                          String nextCursor) {
    }

    /** One hit, flattened for result lists. */
    record HitView(String id, String title, String employer, String region, String locality,
                   List<String> employmentTypes, String workplaceType, String language, LocalDate datePosted,
                   LocalDate validThrough, Vacancy.Salary salary, String snippet, String url, String applyUrl,
                   SourceRef source, Vacancy.Licence licence, List<Vacancy.Listing> alsoListedAt,
                   Double distanceKm) {
    }

    /** One vacancy in full, plus its source's council and whether it is open for applications today. */
    record VacancyDetail(@JsonUnwrapped Vacancy vacancy, SourceRef source, boolean open) {
    }

    private final SourceDirectory sources;

    VacancyViews(List<Source> sources) {
        this(SourceDirectory.of(sources));
    }

    VacancyViews(SourceDirectory sources) {
        this.sources = sources;
    }

    SearchResponse response(SearchResult result, int page, int size) {
        return new SearchResponse(result.total(), page, size, result.hits().stream().map(this::hit).toList(),
            result.facets(), result.nextCursor());
    }

    VacancyDetail detail(Vacancy v) {
        return new VacancyDetail(v, source(v.sourceId()), v.openOn(LocalDate.now(ZoneOffset.UTC)));
    }

    /** The configured source of a vacancy, or null when it is no longer configured. */
    Source configured(String id) {
        return sources.find(id).orElse(null);
    }

    private HitView hit(SearchResult.Hit h) {
        Vacancy v = h.vacancy();
        Vacancy.Location place = v.locations().isEmpty() ? null : v.locations().get(0);
        Source src = configured(v.sourceId());
        String region = place != null && place.region() != null ? place.region() : src == null ? null : src.region();
        return new HitView(v.id(), v.title(), v.employer().name(), region, place == null ? null : place.locality(),
            v.employmentTypes(), v.workplaceType(), v.language(), v.datePosted(), v.validThrough(), v.salary(),
            h.snippet(), v.url(), v.applyUrl() != null ? v.applyUrl() : v.url(), source(v.sourceId()), v.licence(),
            v.cluster().alsoListedAt(), h.distanceKm());
    }

    private SourceRef source(String id) {
        Source s = configured(id);
        return new SourceRef(id, s == null ? null : s.council());
    }
}
