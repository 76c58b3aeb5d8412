package org.joinedup.api.config;

import java.net.URI;
import org.joinedup.crawler.Source;

/**
 * Source URLs that point at this server itself ({@value #SELF}{@code /demo/...}, for the demo and tests). Such a
 * URL is held in a {@link Source} as a server-relative reference and becomes absolute only once the server knows
 * its own address ({@link #resolve}); files, the database and the admin API keep the written form.
 */
public final class SelfUrl {
    /** Placeholder for this server's own base URL, only at the start of a URL. */
    public static final String SELF = "{self}";

    private SelfUrl() {
    }

    /** True when {@code written} starts with {@value #SELF}{@code /}. */
    public static boolean isSelf(String written) {
        return written.startsWith(SELF + "/");
    }

    /** The URL as a Source holds it: a {@value #SELF} URL becomes a server-relative reference. */
    public static URI parse(String written) {
        if (written == null) return null;
        return URI.create(isSelf(written) ? written.substring(SELF.length()) : written);
    }

    /** The written form of a Source's URL: {@value #SELF} in front of a server-relative reference. */
    public static String written(URI url) {
        if (url == null) return null;
        return url.isAbsolute() ? url.toString() : SELF + url;
    }

    /** The source with a server-relative URL made absolute against {@code self} (no trailing slash expected). */
    public static Source resolve(Source s, URI self) {
        if (s.url() == null || s.url().isAbsolute()) return s;
        String base = self.toString();
        if (base.endsWith("/")) base = base.substring(0, base.length() - 1);
        return s.withUrl(URI.create(base + s.url()));
    }
}
