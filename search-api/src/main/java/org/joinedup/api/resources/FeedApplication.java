package org.joinedup.api.resources;

import java.util.List;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.joinedup.api.config.SourceConfig;
import org.joinedup.api.errors.BadParameterExceptionMapper;
import org.joinedup.api.errors.CatchAllExceptionMapper;
import org.joinedup.api.errors.ResourceNotFoundExceptionMapper;
import org.joinedup.api.errors.WebApplicationExceptionMapper;
import org.joinedup.api.syndication.PublicLinks;

/**
 * The Jersey application mounted at {@code /feeds/*} (outside {@code /api}, where feed readers expect feeds):
 * RSS and Atom of any search, with the API's JSON error bodies for bad parameters.
 */
public final class FeedApplication extends ResourceConfig {

    /**
     * @param search  the index
     * @param sources configured sources (for attribution)
     * @param links   absolute links for feed items
     */
    public FeedApplication(VacancySearch search, List<SourceConfig> sources, PublicLinks links) {
        register(new FeedResource(search, new VacancyViews(sources), links));
        register(JacksonFeature.withoutExceptionMappers());
        register(ObjectMapperProvider.class);
        register(BadParameterExceptionMapper.class);
        register(InvalidSearchExceptionMapper.class);
        register(ResourceNotFoundExceptionMapper.class);
        register(WebApplicationExceptionMapper.class);
        register(CatchAllExceptionMapper.class);
        property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        property(ServerProperties.WADL_FEATURE_DISABLE, true);
    }
}
