package org.joinedup.crawler.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Which links a site crawl follows: http(s), same host and port as the start page, not obviously binary. */
final class LinkRules {
    private static final Pattern BINARY = Pattern.compile(
        ".*\\.(pdf|docx?|xlsx?|pptx?|zip|gz|tgz|rar|7z|png|jpe?g|gif|svg|webp|ico|css|js|mp[34]|avi|mov|woff2?|ttf|eot)$");

    private LinkRules() {
    }

    /** The normalised link (no fragment) when it should be followed, else null. */
    static String follow(String href, URI start) {
        try {
            URI u = new URI(href).normalize();
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) return null;
            if (!u.getHost().equalsIgnoreCase(start.getHost()) || port(u) != port(start)) return null;
            String path = u.getPath() == null ? "" : u.getPath().toLowerCase(Locale.ROOT);
            if (BINARY.matcher(path).matches()) return null;
            return new URI(u.getScheme(), u.getAuthority(), u.getPath(), u.getQuery(), null).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static int port(URI u) {
        if (u.getPort() >= 0) return u.getPort();
        return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }
}
