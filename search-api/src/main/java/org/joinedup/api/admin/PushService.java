package org.joinedup.api.admin;

import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.joinedup.api.errors.BadParameterException;
import org.joinedup.api.errors.ResourceNotFoundException;
import org.joinedup.api.persistence.SourceRecord;
import org.joinedup.crawler.Crawler;
import org.joinedup.crawler.ParseException;
import org.joinedup.crawler.Posting;
import org.joinedup.crawler.Source;
import org.joinedup.crawler.SourceFormat;
import org.joinedup.indexer.IngestReport;
import org.joinedup.indexer.normalise.VacancyIds;

/**
 * Publisher push for sources of format PUSH: a PUT adds or updates one vacancy (JSON in our posting shape, or an
 * Indeed-style {@code <job>} XML body read by the crawler's own parser), a DELETE closes it.
 */
final class PushService {
    private static final int MAX_REF = 200;

    /**
     * The outcome of a PUT.
     *
     * @param id        the vacancy id
     * @param sourceId  source
     * @param sourceRef reference from the path
     * @param outcome   {@code created}, {@code updated} or {@code merged} (joined another source's listing)
     * @param link      where the vacancy can be read
     */
    record Result(String id, String sourceId, String sourceRef, String outcome, String link) {
    }

    private final SourceService sources;
    private final Crawler crawler;
    private final VacancyIndex index;
    private final AuditTrail audit;
    private final Clock clock;

    PushService(SourceService sources, Crawler crawler, VacancyIndex index, AuditTrail audit, Clock clock) {
        this.sources = sources;
        this.crawler = crawler;
        this.index = index;
        this.audit = audit;
        this.clock = clock;
    }

    Result put(String sourceId, String ref, byte[] body, MediaType type, Actor actor) throws IOException {
        Source source = pushSource(sourceId);
        checkRef(ref);
        Posting posting = isJson(type) ? fromJson(sourceId, ref, body) : fromXml(source, ref, body, type);
        IngestReport report = index.push(source, List.of(posting));
        if (!report.rejected().isEmpty()) {
            throw AdminException.unprocessable("body", "vacancy rejected: " + report.rejected().get(0));
        }
        String outcome = !report.added().isEmpty() ? "created" : report.merged() > 0 ? "merged" : "updated";
        String id = VacancyIds.of(sourceId, ref);
        audit.record(actor, "push.put", sourceId + "/" + ref, Map.of("title", posting.title(), "outcome", outcome));
        return new Result(id, sourceId, ref, outcome, "/api/v1/vacancies/" + id);
    }

    void delete(String sourceId, String ref, Actor actor) throws IOException {
        pushSource(sourceId);
        checkRef(ref);
        if (!index.close(sourceId, ref, clock.instant())) {
            throw new ResourceNotFoundException("no open vacancy " + ref + " in source " + sourceId);
        }
        audit.record(actor, "push.delete", sourceId + "/" + ref, Map.of());
    }

    private Source pushSource(String sourceId) {
        SourceRecord r = sources.get(sourceId);
        if (r.source().format() != SourceFormat.PUSH) {
            throw AdminException.conflict("source " + sourceId + " is not a PUSH source; its vacancies are harvested");
        }
        if (r.paused() || !r.source().enabled()) throw AdminException.conflict("source " + sourceId + " is paused or disabled");
        return sources.toSource(r);
    }

    private static void checkRef(String ref) {
        if (ref.isBlank() || ref.length() > MAX_REF || ref.chars().anyMatch(Character::isISOControl)) {
            throw new BadParameterException("ref", "1-" + MAX_REF + " printable characters");
        }
    }

    private static boolean isJson(MediaType type) {
        return type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
    }

    /** The posting a JSON body stands for (package-private for {@code PushBodyFuzzTest}). */
    Posting fromJson(String sourceId, String ref, byte[] body) {
        PushedVacancy v = AdminJson.read(body, PushedVacancy.class);
        if (v.title() == null || v.title().isBlank()) throw new BadParameterException("title", "must not be empty");
        return new Posting(sourceId, ref, v.url(), v.applyUrl(), v.title().strip(), v.description(), v.language(),
            v.employerName(), v.employerId(), v.department(), v.locations(), v.employmentTypes(), v.workplaceType(),
            v.salary(), v.occupations(), v.datePosted(), v.validThrough(), v.startDate(), Map.of(), null,
            clock.instant(), SourceFormat.PUSH);
    }

    /** The posting an XML body stands for (package-private for {@code PushBodyFuzzTest}). */
    Posting fromXml(Source source, String ref, byte[] body, MediaType type) {
        List<Posting> parsed;
        try {
            parsed = crawler.parse(source, wrapBareJob(body), type == null ? null : type.toString(), null);
        } catch (ParseException e) {
            throw new BadParameterException("body", "unreadable XML: " + e.reason());
        }
        if (parsed.size() != 1) {
            throw new BadParameterException("body", "expected exactly one <job>, found " + parsed.size());
        }
        Posting p = parsed.get(0);
        // The path names the vacancy; whatever reference the body carries, the path's wins.
        return new Posting(p.sourceId(), ref, p.url(), p.applyUrl(), p.title(), p.descriptionHtml(), p.language(),
            p.employerName(), p.employerId(), p.department(), p.locations(), p.employmentTypes(), p.workplaceType(),
            p.salary(), p.occupations(), p.datePosted(), p.validThrough(), p.startDate(), p.extra(), null,
            clock.instant(), SourceFormat.PUSH);
    }

    /**
     * The crawler reads {@code <job>} elements inside a document ({@code <source><job>...}); a publisher pushing
     * one vacancy naturally sends a bare {@code <job>}, so wrap it (after any XML declaration, bytes untouched).
     */
    static byte[] wrapBareJob(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 512), StandardCharsets.ISO_8859_1);
        int start = head.startsWith("<?xml") ? head.indexOf("?>") + 2 : 0;
        while (start < head.length() && Character.isWhitespace(head.charAt(start))) start++;
        if (!head.startsWith("<job", start) || head.length() <= start + 4
            || !(head.charAt(start + 4) == '>' || Character.isWhitespace(head.charAt(start + 4)))) {
            return body;
        }
        byte[] open = "<source>".getBytes(StandardCharsets.US_ASCII);
        byte[] close = "</source>".getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[body.length + open.length + close.length];
        System.arraycopy(body, 0, out, 0, start);
        System.arraycopy(open, 0, out, start, open.length);
        System.arraycopy(body, start, out, start + open.length, body.length - start);
        System.arraycopy(close, 0, out, start + open.length + body.length - start, close.length);
        return out;
    }
}
