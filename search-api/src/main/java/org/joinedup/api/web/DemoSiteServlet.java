package org.joinedup.api.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Serves the demo councils' sites ({@code demo.siteDir}) at {@code /demo/}, with {@code {self}} in text files
 * replaced by this server's base URL, and answers conditional GETs with 304 as real council servers do.
 */
final class DemoSiteServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private static final Map<String, String> TYPES = Map.ofEntries(
        Map.entry("rss", "application/rss+xml; charset=utf-8"),
        Map.entry("atom", "application/atom+xml; charset=utf-8"),
        Map.entry("xml", "application/xml; charset=utf-8"),
        Map.entry("html", "text/html; charset=utf-8"),
        Map.entry("htm", "text/html; charset=utf-8"),
        Map.entry("txt", "text/plain; charset=utf-8"),
        Map.entry("json", "application/json"),
        Map.entry("css", "text/css; charset=utf-8"),
        Map.entry("js", "text/javascript; charset=utf-8"),
        Map.entry("png", "image/png"),
        Map.entry("jpg", "image/jpeg"),
        Map.entry("svg", "image/svg+xml"));
    /** Extensions whose content is text and may contain the {self} placeholder. */
    private static final Set<String> TEXT = Set.of("rss", "atom", "xml", "html", "htm", "txt",
        "json", "css", "js", "svg");

    private final transient Path root;
    private final transient Supplier<String> selfBase;

    /**
     * @param root     the site folder
     * @param selfBase this server's base URL without trailing slash, known once it is bound
     */
    DemoSiteServlet(Path root, Supplier<String> selfBase) {
        this.root = root.toAbsolutePath().normalize();
        this.selfBase = selfBase;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Path file = resolve(req.getPathInfo());
        if (file == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String ext = extension(file);
        byte[] body = Files.readAllBytes(file);
        if (TEXT.contains(ext)) {
            body = new String(body, StandardCharsets.UTF_8).replace("{self}", selfBase.get())
                .getBytes(StandardCharsets.UTF_8);
        }
        Instant modified = Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.SECONDS);
        String etag = "\"" + sha256(body) + "\"";
        resp.setHeader("ETag", etag);
        resp.setHeader("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(modified.atZone(ZoneOffset.UTC)));
        resp.setHeader("Cache-Control", "no-cache");
        if (notModified(req, etag, modified)) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setContentType(TYPES.getOrDefault(ext, "application/octet-stream"));
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /** The file for a request path, or null when outside the site, hidden or missing. */
    Path resolve(String pathInfo) {
        String rel = pathInfo == null ? "" : pathInfo.replaceFirst("^/+", "");
        if (rel.contains("\\") || rel.contains("\0")) return null;
        Path p = root.resolve(rel).normalize();
        if (!p.startsWith(root)) return null;
        if (Files.isDirectory(p)) p = p.resolve("index.html");
        if (!Files.isRegularFile(p) || p.getFileName().toString().startsWith(".")) return null;
        return p;
    }

    private static boolean notModified(HttpServletRequest req, String etag, Instant modified) {
        String ifNoneMatch = req.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String t = tag.strip();
                if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) return true;
            }
            return false;
        }
        String ifModifiedSince = req.getHeader("If-Modified-Since");
        if (ifModifiedSince == null) return false;
        try {
            Instant since = ZonedDateTime.parse(ifModifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                .toInstant();
            return !modified.isAfter(since);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
