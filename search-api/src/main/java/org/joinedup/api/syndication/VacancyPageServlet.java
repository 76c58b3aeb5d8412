package org.joinedup.api.syndication;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.joinedup.api.config.SourceDirectory;
import org.joinedup.api.web.Markup;
import org.joinedup.indexer.Vacancy;

/**
 * {@code /vacancies/{id}}: the vacancy page ({@code web/vacancy.html}) with the vacancy's JobPosting JSON-LD,
 * canonical link and title written in on the server. Search engines then read the structured data without
 * running JavaScript (Google can run it, but renders such pages later and not always); the rest of the page
 * is filled by {@code vacancy.js} from the API exactly as on {@code /vacancy.html?id=}.
 */
public final class VacancyPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String TEMPLATE = load();

    /** Looks a vacancy up by id. */
    @FunctionalInterface
    public interface Lookup {
        Optional<Vacancy> get(String id) throws IOException;
    }

    private final transient Lookup lookup;
    private final transient SourceDirectory sources;
    private final transient PublicLinks links;
    private final transient ObjectMapper json = new ObjectMapper();

    /**
     * @param lookup  vacancy by id (the index)
     * @param sources configured sources
     * @param links   absolute links
     */
    public VacancyPageServlet(Lookup lookup, SourceDirectory sources, PublicLinks links) {
        this.lookup = lookup;
        this.sources = sources;
        this.links = links;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        String id = path == null || path.length() < 2 ? "" : path.substring(1);
        Optional<Vacancy> v = id.isEmpty() || id.length() > 100 || id.contains("/") ? Optional.empty()
            : lookup.get(id);
        resp.setContentType("text/html;charset=utf-8");
        resp.setHeader("Cache-Control", "no-cache");
        if (v.isEmpty()) {
            resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
            resp.getWriter().write(TEMPLATE);
            return;
        }
        resp.getWriter().write(page(v.get()));
    }

    private String page(Vacancy v) throws IOException {
        Map<String, Object> ld = JobPostingLd.of(v, sources.find(v.sourceId()).orElse(null), links.vacancyPage(v.id()),
            Instant.now());
        String head = "<title>" + Markup.escape(v.title()) + " – Joined-up Jobs</title>\n"
            + "  <link rel=\"canonical\" href=\"" + Markup.escape(links.vacancyPage(v.id()).toString()) + "\">\n"
            + "  <script type=\"application/ld+json\" id=\"jobposting-ld\">" + scriptSafe(json.writeValueAsString(ld))
            + "</script>\n</head>";
        return TEMPLATE.replaceFirst("<title>[^<]*</title>", "").replace("</head>", head);
    }

    /** JSON inside a script element must not contain "</script" or HTML comment openers; escape &lt; &gt; &amp;. */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    private static String load() {
        try (InputStream in = VacancyPageServlet.class.getClassLoader().getResourceAsStream("web/vacancy.html")) {
            if (in == null) throw new IllegalStateException("web/vacancy.html missing from the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
