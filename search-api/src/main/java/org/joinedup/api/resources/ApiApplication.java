package org.joinedup.api.resources;

import java.util.List;
import java.util.function.BooleanSupplier;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.joinedup.api.config.SourceDirectory;
import org.joinedup.api.errors.BadParameterExceptionMapper;
import org.joinedup.api.errors.CatchAllExceptionMapper;
import org.joinedup.api.errors.ResourceNotFoundExceptionMapper;
import org.joinedup.api.errors.WebApplicationExceptionMapper;
import org.joinedup.api.persistence.HarvestLogRepository;
import org.joinedup.crawler.CrawlStateStore;

/** The Jersey application mounted at {@code /api/*}: resources, error mappers and JSON settings. */
public final class ApiApplication extends ResourceConfig {

    /**
     * @param search           the index
     * @param sources          known sources (for councils and status)
     * @param log              harvest log
     * @param crawlState       crawl health
     * @param firstHarvestDone whether the initial harvest round has finished
     * @param ingestReady      whether the index accepts ingests yet (the dedup signatures are loaded)
     */
    public ApiApplication(VacancySearch search, SourceDirectory sources, HarvestLogRepository log,
                          CrawlStateStore crawlState, BooleanSupplier firstHarvestDone, BooleanSupplier ingestReady) {
        register(new VacancyResource(search, new VacancyViews(sources)));
        register(new StatusResource(sources, log, crawlState, search, firstHarvestDone, ingestReady));
        register(new SuggestResource(search));
        register(new ExportResource(search, new VacancyViews(sources)));
        register(OpenApiResource.class);
        register(InvalidSearchExceptionMapper.class);
        register(JacksonFeature.withoutExceptionMappers());
        register(ObjectMapperProvider.class);
        register(BadParameterExceptionMapper.class);
        register(ResourceNotFoundExceptionMapper.class);
        register(WebApplicationExceptionMapper.class);
        register(CatchAllExceptionMapper.class);
        // Our mappers always send a JSON body; never let the container swap it for an HTML error page.
        property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        property(ServerProperties.WADL_FEATURE_DISABLE, true);
    }
}
