package org.joinedup.api.admin;

import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.time.Clock;
import org.joinedup.api.persistence.HarvestLogRepository;
import org.joinedup.crawler.Crawler;

/**
 * The admin API as one Jersey feature: bearer-token filter, no-CORS filter, resources and the error mapper.
 * Register it on the API's ResourceConfig ({@code api.register(new AdminFeature(...))}).
 */
public final class AdminFeature implements Feature {

    private final AdminTokens tokens;
    private final AuditTrail audit;
    private final SourceService sources;
    private final Crawler crawler;
    private final VacancyIndex index;
    private final HarvestLogRepository log;
    private final boolean allowLoopback;
    private final Clock clock;

    /**
     * @param allowLoopback the crawler's loopback setting, applied to source URLs up front
     */
    public AdminFeature(AdminTokens tokens, AuditTrail audit, SourceService sources, Crawler crawler,
                        VacancyIndex index, HarvestLogRepository log, boolean allowLoopback, Clock clock) {
        this.tokens = tokens;
        this.audit = audit;
        this.sources = sources;
        this.crawler = crawler;
        this.index = index;
        this.log = log;
        this.allowLoopback = allowLoopback;
        this.clock = clock;
    }

    @Override
    public boolean configure(FeatureContext context) {
        context.register(new AdminAuthFilter(tokens, audit));
        context.register(new AdminNoCorsFilter());
        context.register(new AdminExceptionMapper());
        context.register(new AdminSourcesResource(sources, new SourceRules(allowLoopback),
            new SourcePreview(crawler::preview), crawler::health, log, audit, clock));
        context.register(new AdminPushResource(new PushService(sources, crawler, index, audit, clock)));
        context.register(new AdminAuditResource(audit));
        return true;
    }
}
