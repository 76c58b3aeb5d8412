package org.joinedup.api.alerts;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.joinedup.api.mail.AlertMails;

/** The absolute links in alert mails, on the public base URL (known only once the server is bound). */
final class AlertLinks {
    static final String MANAGE = "manage";
    static final String UNSUBSCRIBE = "unsubscribe";

    private final Supplier<URI> base;
    private final AlertTokens tokens;

    AlertLinks(Supplier<URI> base, AlertTokens tokens) {
        this.base = base;
        this.tokens = tokens;
    }

    URI confirmPage(String token) {
        return at("alerts/confirm.html?token=" + token);
    }

    URI vacancy(String id) {
        return at("vacancies/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    AlertMails.Links forAlert(Alert a) {
        String unsubscribe = tokens.sign(UNSUBSCRIBE, a.id());
        return new AlertMails.Links(fullSearch(a.params()), manage(a.subscriberKey()),
            at("alerts/unsubscribe.html?token=" + unsubscribe), at("api/v1/alerts/unsubscribe?token=" + unsubscribe));
    }

    /** The manage page for all alerts of one subscriber (signed link). */
    URI manage(String subscriberKey) {
        return at("alerts/manage.html?token=" + tokens.sign(MANAGE, subscriberKey));
    }

    URI fullSearch(Map<String, List<String>> params) {
        String qs = AlertSearch.queryString(params);
        return at(qs.isEmpty() ? "" : "?" + qs);
    }

    private URI at(String relative) {
        String b = base.get().toString();
        return URI.create((b.endsWith("/") ? b : b + "/") + relative);
    }
}
