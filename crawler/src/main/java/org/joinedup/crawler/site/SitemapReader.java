package org.joinedup.crawler.site;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.joinedup.crawler.fetch.FetchResult;

/**
 * Reads sitemaps with crawler-commons (its XML parser refuses DOCTYPEs). Gzipped sitemaps are unpacked
 * here with a cap first, so a compressed bomb cannot grow past the body limit.
 */
final class SitemapReader {
    private SitemapReader() {
    }

    /** Page URLs and nested sitemap URLs listed by one fetched sitemap. */
    static Listing read(FetchResult fetched, long maxBytes) {
        List<String> pages = new ArrayList<>();
        List<String> nested = new ArrayList<>();
        try {
            byte[] body = gunzipIfNeeded(fetched.body(), maxBytes);
            URL url = fetched.finalUri().toURL();
            SiteMapParser parser = new SiteMapParser(false);
            String type = body == fetched.body() ? fetched.contentType() : "application/xml";
            AbstractSiteMap map = parser.parseSiteMap(type == null ? "application/xml" : type, body, url);
            if (map instanceof SiteMapIndex index) {
                for (AbstractSiteMap child : index.getSitemaps()) {
                    nested.add(child.getUrl().toString());
                }
            } else if (map instanceof SiteMap sm) {
                for (SiteMapURL u : sm.getSiteMapUrls()) {
                    pages.add(u.getUrl().toString());
                }
            }
            return new Listing(pages, nested, null);
        } catch (IOException | RuntimeException | crawlercommons.sitemaps.UnknownFormatException e) {
            return new Listing(pages, nested, "sitemap unreadable: " + e.getMessage());
        }
    }

    private static byte[] gunzipIfNeeded(byte[] body, long maxBytes) throws IOException {
        if (body.length < 2 || (body[0] & 0xff) != 0x1f || (body[1] & 0xff) != 0x8b) {
            return body;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (out.length > maxBytes) {
                throw new IOException("sitemap larger than " + maxBytes + " bytes after decompression");
            }
            return out;
        }
    }

    /** What a sitemap listed, and why it could not be read (null when fine). */
    record Listing(List<String> pages, List<String> sitemaps, String problem) {
    }

    static boolean sameHost(String url, URI start) {
        try {
            URI u = URI.create(url);
            return u.getHost() != null && u.getHost().equalsIgnoreCase(start.getHost());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
