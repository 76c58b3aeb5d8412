package org.joinedup.api.admin;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.joinedup.api.config.SelfUrl;
import org.joinedup.api.errors.ResourceNotFoundException;
import org.joinedup.api.harvest.HarvestScheduler;
import org.joinedup.api.persistence.SourceRecord;
import org.joinedup.api.persistence.SourceRepository;
import org.joinedup.crawler.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Source administration: the database is the source of truth, the config file seeds it at start, and every
 * change is written to the audit log and handed to the harvest scheduler at once (no restart). Deleting a source
 * closes its open vacancies, because users expect a removed council's jobs to leave the search.
 */
public final class SourceService {
    private static final Logger LOG = LoggerFactory.getLogger(SourceService.class);

    private final SourceRepository repository;
    private final HarvestScheduler scheduler;
    private final VacancyIndex index;
    private final AuditTrail audit;
    private final Clock clock;
    private volatile URI self;

    public SourceService(SourceRepository repository, HarvestScheduler scheduler, VacancyIndex index,
                         AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.scheduler = scheduler;
        this.index = index;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Seeds the config file's sources (config wins for its own rows; admin rows stay), closes the vacancies of
     * config sources the file dropped, and returns the sources to poll.
     *
     * @param self this server's base URL, for {@value SelfUrl#SELF} in demo source URLs
     */
    public synchronized List<Source> seed(List<SourceRecord> fromConfig, URI self) throws IOException {
        this.self = Objects.requireNonNull(self, "self");
        var report = repository.seedFromConfig(fromConfig, clock.instant());
        for (String gone : report.removed()) {
            int closed = index.closeAll(gone, clock.instant());
            audit.record(Actor.CONFIG, "source.delete", gone, Map.of("reason", "no longer in the config file",
                "closedVacancies", closed));
        }
        LOG.info("sources: {} added and {} updated from config, {} removed", report.added().size(),
            report.updated().size(), report.removed().size());
        return polled();
    }

    /** Every stored source. */
    public List<SourceRecord> list() {
        return repository.all();
    }

    /** One source, or 404. */
    public SourceRecord get(String id) {
        return repository.find(id).orElseThrow(() -> new ResourceNotFoundException("no source with id " + id));
    }

    /** The crawler's view of a stored source, URL resolved. */
    public Source toSource(SourceRecord r) {
        return r.toSource(selfOrLoopback());
    }

    /** Resolves a draft's URL the same way, for previews. */
    URI selfOrLoopback() {
        URI s = self;
        return s != null ? s : URI.create("http://127.0.0.1:1");
    }

    /** Stores a new admin source and starts polling it. */
    public synchronized SourceRecord create(SourceRecord draft, Actor actor) {
        if (!repository.insert(draft)) throw AdminException.conflict("a source with id " + draft.id() + " exists");
        publish();
        audit.record(actor, "source.create", draft.id(), describe(draft));
        return draft;
    }

    /** Replaces an admin source's definition, keeping its pause and creation time. */
    public synchronized SourceRecord update(String id, SourceRecord draft, Actor actor) {
        SourceRecord old = adminOwned(id, "updated");
        SourceRecord next = new SourceRecord(draft.source(), old.paused(), old.origin(), old.createdAt(),
            clock.instant());
        repository.update(next);
        publish();
        Map<String, Object> detail = describe(next);
        detail.put("previousUrl", SelfUrl.written(old.source().url()));
        audit.record(actor, "source.update", id, detail);
        return next;
    }

    /** Pauses or resumes polling; allowed for config sources too (the pause survives restarts). */
    public synchronized SourceRecord setPaused(String id, boolean paused, Actor actor) {
        SourceRecord next = get(id).withPaused(paused, clock.instant());
        repository.update(next);
        publish();
        audit.record(actor, paused ? "source.pause" : "source.resume", id, Map.of());
        return next;
    }

    /** Deletes an admin source, stops polling it and closes its open vacancies; returns how many closed. */
    public synchronized int delete(String id, Actor actor) throws IOException {
        adminOwned(id, "deleted");
        repository.delete(id);
        publish(); // before closing, so a harvest finishing now is dropped instead of reopening them
        int closed = index.closeAll(id, clock.instant());
        audit.record(actor, "source.delete", id, Map.of("closedVacancies", closed));
        return closed;
    }

    /** Starts a harvest of a polled source now. */
    public void trigger(String id, Actor actor) {
        SourceRecord r = get(id);
        if (!r.harvestable()) {
            throw AdminException.conflict("source " + id + " is " + (r.paused() ? "paused"
                : !r.source().enabled() ? "disabled" : "a push source") + "; nothing to crawl");
        }
        scheduler.trigger(id).whenComplete((ok, e) -> {
            if (e != null) LOG.error("triggered harvest of {} failed", id, e);
        });
        audit.record(actor, "source.crawl", id, Map.of());
    }

    private SourceRecord adminOwned(String id, String verb) {
        SourceRecord r = get(id);
        if (r.origin() == SourceRecord.Origin.CONFIG) {
            throw AdminException.conflict("source " + id + " is defined in the config file and cannot be " + verb
                + " here; edit the file (pause and resume work)");
        }
        return r;
    }

    private void publish() {
        scheduler.replaceSources(polled());
    }

    private List<Source> polled() {
        URI s = selfOrLoopback();
        return repository.all().stream().filter(SourceRecord::harvestable).map(r -> r.toSource(s)).toList();
    }

    /** The config file's sources as rows (URLs kept as written, "{self}" included). */
    public static List<SourceRecord> fromConfig(List<Source> config, Instant now) {
        return config.stream().map(c -> new SourceRecord(c, false, SourceRecord.Origin.CONFIG, now, now)).toList();
    }

    static Map<String, Object> describe(SourceRecord r) {
        Source s = r.source();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("council", s.council());
        d.put("url", SelfUrl.written(s.url()));
        d.put("format", s.format().name());
        d.put("schedule", s.schedule().toString());
        d.put("enabled", s.enabled());
        d.put("licence", s.licence().id());
        return d;
    }
}
