package org.joinedup.api.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.joinedup.api.config.SelfUrl;
import org.joinedup.api.config.SourceInput;
import org.joinedup.api.errors.BadParameterException;
import org.joinedup.api.persistence.HarvestLogEntry;
import org.joinedup.api.persistence.HarvestLogRepository;
import org.joinedup.api.persistence.SourceRecord;
import org.joinedup.crawler.SourceFormat;
import org.joinedup.crawler.SourceHealth;

/**
 * {@code /api/v1/admin/sources}: list, create, read, update, delete, pause, resume, validate, crawl and health.
 * Bodies are JSON {@link SourceInput}s; the bearer token is checked by {@link AdminAuthFilter} before this runs.
 */
@Path("v1/admin/sources")
@Produces(MediaType.APPLICATION_JSON)
public final class AdminSourcesResource {
    private static final int RECENT_HARVESTS = 10;

    /** The list. */
    record SourceList(List<SourceView> sources) {
    }

    /** A deleted source. */
    record Deleted(String id, boolean deleted, int closedVacancies) {
    }

    /** A crawl was started. */
    record Accepted(String id, String status, String health) {
    }

    /** Health of one source: the crawler's view and the last harvests. */
    record Health(String id, String status, SourceHealth health, double notModifiedRatio,
                  List<HarvestLogEntry> recentHarvests) {
    }

    private final SourceService sources;
    private final SourceRules rules;
    private final SourcePreview preview;
    private final Function<String, Optional<SourceHealth>> health;
    private final HarvestLogRepository log;
    private final AuditTrail audit;
    private final Clock clock;

    @Context
    private SecurityContext security;
    @Context
    private HttpServletRequest servletRequest;

    AdminSourcesResource(SourceService sources, SourceRules rules, SourcePreview preview,
                         Function<String, Optional<SourceHealth>> health, HarvestLogRepository log, AuditTrail audit,
                         Clock clock) {
        this.sources = sources;
        this.rules = rules;
        this.preview = preview;
        this.health = health;
        this.log = log;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every source, config and admin. */
    @GET
    public SourceList list() {
        return new SourceList(sources.list().stream().map(SourceView::of).toList());
    }

    /** Creates an admin source; 201 with its location, 409 when the id is taken. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(byte[] body) {
        SourceRecord draft = rules.toRecord(AdminJson.read(body, SourceInput.class), null, clock.instant());
        SourceView created = SourceView.of(sources.create(draft, actor()));
        return Response.created(URI.create("/api/v1/admin/sources/" + created.source().id())).entity(created).build();
    }

    /** One source. */
    @GET
    @Path("{id}")
    public SourceView get(@PathParam("id") String id) {
        return SourceView.of(sources.get(id));
    }

    /** Replaces an admin source's definition; 409 for config sources. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public SourceView update(@PathParam("id") String id, byte[] body) {
        sources.get(id);
        SourceRecord draft = rules.toRecord(AdminJson.read(body, SourceInput.class), id, clock.instant());
        return SourceView.of(sources.update(id, draft, actor()));
    }

    /** Deletes an admin source and closes its open vacancies. */
    @DELETE
    @Path("{id}")
    public Deleted delete(@PathParam("id") String id) throws IOException {
        return new Deleted(id, true, sources.delete(id, actor()));
    }

    /** Stops polling (config sources too); vacancies stay until they close. */
    @POST
    @Path("{id}/pause")
    public SourceView pause(@PathParam("id") String id) {
        return SourceView.of(sources.setPaused(id, true, actor()));
    }

    /** Polls again. */
    @POST
    @Path("{id}/resume")
    public SourceView resume(@PathParam("id") String id) {
        return SourceView.of(sources.setPaused(id, false, actor()));
    }

    /** Fetches a draft once (nothing saved) and reports what a harvest would find. */
    @POST
    @Path("validate")
    @Consumes(MediaType.APPLICATION_JSON)
    public SourcePreview.Report validate(byte[] body) {
        SourceInput in = AdminJson.read(body, SourceInput.class);
        // a draft being validated needs no id of its own yet
        SourceRecord draft = rules.toRecord(in.id() == null ? in.withId("draft") : in, null, clock.instant());
        if (draft.source().format() == SourceFormat.PUSH) {
            throw new BadParameterException("format", "PUSH sources are not fetched");
        }
        SourcePreview.Report report = preview.run(sources.toSource(draft));
        audit.record(actor(), "source.validate", draft.id(), Map.of("url", SelfUrl.written(draft.source().url()),
            "ok", report.ok(), "itemsFound", report.itemsFound()));
        return report;
    }

    /** Starts a harvest now; 202 pointing at the health resource. */
    @POST
    @Path("{id}/crawl")
    public Response crawl(@PathParam("id") String id) {
        sources.trigger(id, actor());
        String link = "/api/v1/admin/sources/" + id + "/health";
        return Response.accepted(new Accepted(id, "accepted", link)).location(URI.create(link)).build();
    }

    /** The crawler's health of a source (304 ratio included) and its last harvests. */
    @GET
    @Path("{id}/health")
    public Health health(@PathParam("id") String id) {
        SourceView s = SourceView.of(sources.get(id));
        SourceHealth h = health.apply(id).orElse(null);
        return new Health(id, s.status(), h, h == null ? 0.0 : h.notModifiedRatio(), log.recent(id, RECENT_HARVESTS));
    }

    private Actor actor() {
        return AdminActors.of(security, servletRequest);
    }
}
