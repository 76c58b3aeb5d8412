package org.joinedup.api.resources;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.joinedup.api.config.SourceDirectory;
import org.joinedup.api.persistence.HarvestLogEntry;
import org.joinedup.api.persistence.HarvestLogRepository;
import org.joinedup.crawler.CrawlStateStore;
import org.joinedup.crawler.SourceFormat;
import org.joinedup.crawler.SourceHealth;
import org.joinedup.indexer.SearchRequest;

/**
 * {@code /api/v1/status}: whether the first harvest is done, whether ingests are accepted yet (after a restart
 * they wait until the dedup signatures of the open vacancies are read back; search answers meanwhile), index
 * size, and each source's last harvest.
 */
@Path("v1/status")
@Produces(MediaType.APPLICATION_JSON)
public final class StatusResource {

    /** The whole status document. */
    record Status(boolean firstHarvestComplete, boolean ingestReady, long vacancies, List<SourceStatus> sources) {
    }

    /** One source's configuration summary and last outcome. */
    record SourceStatus(String id, String council, SourceFormat format, boolean enabled,
                        HarvestLogEntry lastHarvest, SourceHealth health) {
    }

    private final SourceDirectory sources;
    private final HarvestLogRepository log;
    private final CrawlStateStore crawlState;
    private final VacancySearch search;
    private final BooleanSupplier firstHarvestDone;
    private final BooleanSupplier ingestReady;

    StatusResource(SourceDirectory sources, HarvestLogRepository log, CrawlStateStore crawlState,
                   VacancySearch search, BooleanSupplier firstHarvestDone, BooleanSupplier ingestReady) {
        this.sources = sources;
        this.log = log;
        this.crawlState = crawlState;
        this.search = search;
        this.firstHarvestDone = firstHarvestDone;
        this.ingestReady = ingestReady;
    }

    /** The current status. */
    @GET
    public Status status() throws IOException {
        // Read the flag first: once it is true, the counts below include the whole first round.
        boolean done = firstHarvestDone.getAsBoolean();
        long total = search.search(SearchRequest.builder().size(0).build()).total();
        List<SourceStatus> list = sources.all().stream().map(s -> new SourceStatus(s.id(), s.council(), s.format(),
            s.enabled(), log.latest(s.id()).orElse(null), crawlState.health(s.id()).orElse(null))).toList();
        return new Status(done, ingestReady.getAsBoolean(), total, list);
    }
}
