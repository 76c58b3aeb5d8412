package org.joinedup.api.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.joinedup.api.errors.BadParameterException;

/**
 * {@code /api/v1/alerts}: sign-up (double opt-in), confirmation, management through a signed link and RFC 8058
 * one-click unsubscribe. Every state change is a POST, PATCH or DELETE: GET never changes anything, because mail
 * scanners fetch links.
 */
@Path("v1/alerts")
@Produces(MediaType.APPLICATION_JSON)
public final class AlertResource {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BODY = 10_000;

    private final AlertService alerts;
    private final boolean mailEnabled;

    /**
     * @param alerts      the service
     * @param mailEnabled whether mail is delivered now (otherwise it waits in the outbox; the page says so)
     */
    public AlertResource(AlertService alerts, boolean mailEnabled) {
        this.alerts = alerts;
        this.mailEnabled = mailEnabled;
    }

    /** What an alert looks like in the API (no e-mail address: links get forwarded). */
    public record AlertView(String id, String search, String description, Map<String, List<String>> params,
                            String frequency, String language, String status, Instant createdAt,
                            Instant confirmedAt) {
        static AlertView of(Alert a) {
            return new AlertView(a.id(), AlertSearch.queryString(a.params()), AlertSearch.describe(a.params()),
                a.params(), a.frequency().wire(), a.language(), a.status().wire(), a.createdAt(), a.confirmedAt());
        }
    }

    /** Answer to a sign-up: the alert waits for confirmation; mailEnabled false means mail is only queued. */
    public record Subscribed(String status, boolean mailEnabled) {
    }

    /** The subscriber's alerts. */
    public record AlertList(List<AlertView> alerts) {
    }

    /** Sign-up: {@code {"email","search":"q=..&region=..","frequency","language"}}; answers 202. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response subscribe(String body) {
        JsonNode b = body(body);
        alerts.subscribe(text(b, "email"), text(b, "search"), text(b, "frequency"), text(b, "language"));
        return Response.accepted(new Subscribed("pending", mailEnabled)).build();
    }

    /** Confirms with {@code {"token":..}} from the confirmation mail's page. */
    @POST
    @Path("confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public AlertView confirm(String body) {
        return AlertView.of(alerts.confirm(text(body(body), "token")));
    }

    /**
     * "E-mail me my manage link": {@code {"email":..}}. Always 202 for a well-formed address, whether or not it
     * has alerts and whether or not a mail goes out (at most one per address per interval), so the answer does
     * not tell anyone who subscribed.
     */
    @POST
    @Path("manage-link")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response manageLink(String body) {
        alerts.sendManageLink(text(body(body), "email"));
        return Response.accepted(Map.of("status", "accepted")).build();
    }

    /** Lists the alerts of the subscriber the manage token names. */
    @GET
    @Path("manage")
    public AlertList list(@QueryParam("token") String token) {
        return new AlertList(alerts.list(token).stream().map(AlertView::of).toList());
    }

    /**
     * Pause/resume or change frequency, language or the search itself: {@code {"status","frequency","language",
     * "search":"q=..&region=.."}} (each optional; the search is validated as at sign-up).
     */
    @PATCH
    @Path("manage/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AlertView update(@QueryParam("token") String token, @PathParam("id") String id, String body) {
        JsonNode b = body(body);
        return AlertView.of(alerts.update(token, id, text(b, "status"), text(b, "frequency"), text(b, "language"),
            text(b, "search")));
    }

    /** Deletes one alert with its personal data. */
    @DELETE
    @Path("manage/{id}")
    public Response delete(@QueryParam("token") String token, @PathParam("id") String id) {
        alerts.delete(token, id);
        return Response.noContent().build();
    }

    /** RFC 8058 one-click unsubscribe: the token in the URL is all it needs; any body is ignored. */
    @POST
    @Path("unsubscribe")
    public Map<String, Boolean> unsubscribe(@QueryParam("token") String token) {
        alerts.unsubscribe(token);
        return Map.of("unsubscribed", true);
    }

    /** A person who opens the List-Unsubscribe URL in a browser gets the page with a button; nothing changes. */
    @GET
    @Path("unsubscribe")
    public Response unsubscribePage(@QueryParam("token") String token) {
        String t = token == null ? "" : URLEncoder.encode(token, StandardCharsets.UTF_8);
        return Response.seeOther(URI.create("/alerts/unsubscribe.html?token=" + t)).build();
    }

    private static JsonNode body(String body) {
        if (body == null || body.isBlank()) throw new BadParameterException("body", "a JSON object is required");
        if (body.length() > MAX_BODY) throw new BadParameterException("body", "too large");
        try {
            JsonNode n = JSON.readTree(body);
            if (n == null || !n.isObject()) throw new BadParameterException("body", "must be a JSON object");
            return n;
        } catch (JsonProcessingException e) {
            throw new BadParameterException("body", "not valid JSON");
        }
    }

    private static String text(JsonNode b, String field) {
        JsonNode n = b.get(field);
        if (n == null || n.isNull()) return null;
        if (!n.isValueNode()) throw new BadParameterException(field, "must be a string");
        return n.asText();
    }
}
