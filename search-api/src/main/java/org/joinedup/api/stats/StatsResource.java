package org.joinedup.api.stats;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.joinedup.api.errors.BadParameterException;
import org.joinedup.indexer.Dimension;
import org.joinedup.indexer.stats.CouncilSummary;
import org.joinedup.indexer.stats.MonthCount;
import org.joinedup.indexer.stats.SalaryMedian;
import org.joinedup.indexer.stats.Series;
import org.joinedup.indexer.stats.StatsSnapshot;

/**
 * {@code /api/v1/stats}: monthly open/new/closed counts per dimension, salary medians per occupation, councils
 * side by side (JSON, or CSV with {@code format=csv} or {@code Accept: text/csv}), and an SVG chart.
 * Every figure comes from one cached snapshot, so requests only copy numbers.
 */
@Path("v1/stats")
public final class StatsResource {
    private static final CacheControl CACHE = CacheControl.valueOf("public, max-age=60");

    private final StatsSource source;

    public StatsResource(StatsSource source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /** Counts in one month. */
    record MonthView(String month, int open, @JsonProperty("new") int opened, int closed) {
    }

    /** One series: a value of the dimension (null for all vacancies) and its months. */
    record SeriesView(String value, String label, List<MonthView> months) {
    }

    /** The monthly statistics document. */
    record MonthlyView(String dimension, String from, String to, String firstMonth, String lastMonth, String today,
                       SeriesView total, List<SeriesView> series) {
    }

    /** One salary median. */
    record SalaryView(String occupation, String label, String currency, long median, int count) {
    }

    /** The salaries document. */
    record SalariesView(String from, String to, List<SalaryView> salaries) {
    }

    /** A median of one currency. */
    record CurrencyMedianView(String currency, long median, int count) {
    }

    /** One council. */
    record CouncilView(String council, int openNow, int newLast30Days, int closedLast30Days,
                       List<CurrencyMedianView> salaries) {
    }

    /** The councils document. */
    record CouncilsView(String today, List<CouncilView> councils) {
    }

    /** Monthly counts of every value of a dimension (or of one value), plus the total. */
    @GET
    public Response monthly(@QueryParam("dimension") String dimension, @QueryParam("from") String from,
                            @QueryParam("to") String to, @QueryParam("value") String value,
                            @QueryParam("lang") String lang, @QueryParam("format") String format,
                            @Context HttpHeaders headers) throws IOException {
        Dimension dim = StatsParams.dimension(dimension);
        String language = StatsParams.language(lang);
        String only = StatsParams.value(value);
        boolean csv = StatsParams.csv(format, headers);
        StatsSnapshot s = source.current();
        YearMonth[] r = StatsParams.range(from, to, s);
        List<Series> series = only == null ? s.series(dim, r[0], r[1])
            : s.series(dim, only, r[0], r[1]).map(List::of).orElse(List.of());
        SeriesView total = view(s, dim, s.total(r[0], r[1]), language);
        List<SeriesView> views = series.stream().map(x -> view(s, dim, x, language)).toList();
        if (csv) {
            CsvWriter w = new CsvWriter().row("dimension", "value", "label", "month", "open", "new", "closed");
            rows(w, "all", total);
            views.forEach(v -> rows(w, StatsParams.name(dim), v));
            return csv(w, "stats-" + StatsParams.name(dim) + "-" + r[0] + "-" + r[1]);
        }
        return json(new MonthlyView(StatsParams.name(dim), r[0].toString(), r[1].toString(), s.firstMonth().toString(),
            s.lastMonth().toString(), s.today().toString(), total, views));
    }

    private static SeriesView view(StatsSnapshot s, Dimension dim, Series x, String lang) {
        String label = x.value() == null ? SvgChart.word(lang, "all") : s.label(dim, x.value(), lang);
        return new SeriesView(x.value(), label, x.months().stream()
            .map(m -> new MonthView(m.month().toString(), m.open(), m.opened(), m.closed())).toList());
    }

    private static void rows(CsvWriter w, String dim, SeriesView v) {
        for (MonthView m : v.months()) w.row(dim, v.value(), v.label(), m.month(), m.open(), m.opened(), m.closed());
    }

    /** Median advertised annual salary per occupation and currency, over vacancies open in the range. */
    @GET
    @Path("salaries")
    public Response salaries(@QueryParam("from") String from, @QueryParam("to") String to,
                             @QueryParam("value") String value, @QueryParam("lang") String lang,
                             @QueryParam("format") String format, @Context HttpHeaders headers) throws IOException {
        String language = StatsParams.language(lang);
        String only = StatsParams.value(value);
        boolean csv = StatsParams.csv(format, headers);
        StatsSnapshot s = source.current();
        YearMonth[] r = StatsParams.range(from, to, s);
        List<SalaryView> rows = s.salaries(r[0], r[1]).stream().filter(m -> only == null || only.equals(m.group()))
            .map(m -> new SalaryView(m.group(), s.label(Dimension.OCCUPATION, m.group(), language), m.currency(),
                Math.round(m.median()), m.count())).toList();
        if (csv) {
            CsvWriter w = new CsvWriter().row("occupation", "label", "currency", "median_annual_salary", "vacancies");
            rows.forEach(m -> w.row(m.occupation(), m.label(), m.currency(), m.median(), m.count()));
            return csv(w, "salaries-" + r[0] + "-" + r[1]);
        }
        return json(new SalariesView(r[0].toString(), r[1].toString(), rows));
    }

    /** Every council side by side: open now, new and closed in the last 30 days, salary medians per currency. */
    @GET
    @Path("councils")
    public Response councils(@QueryParam("format") String format, @Context HttpHeaders headers) throws IOException {
        boolean csv = StatsParams.csv(format, headers);
        StatsSnapshot s = source.current();
        List<CouncilView> rows = s.councils().stream().map(StatsResource::view).toList();
        if (csv) {
            TreeSet<String> currencies = new TreeSet<>();
            rows.forEach(c -> c.salaries().forEach(m -> currencies.add(m.currency())));
            List<Object> head = new ArrayList<>(List.of("council", "open_now", "new_last_30_days",
                "closed_last_30_days"));
            currencies.forEach(c -> head.addAll(List.of("median_annual_salary_" + c, "vacancies_with_salary_" + c)));
            CsvWriter w = new CsvWriter().row(head);
            for (CouncilView c : rows) {
                List<Object> cells = new ArrayList<>(List.of(c.council(), c.openNow(), c.newLast30Days(),
                    c.closedLast30Days()));
                for (String cur : currencies) {
                    CurrencyMedianView m = c.salaries().stream().filter(x -> x.currency().equals(cur)).findFirst()
                        .orElse(null);
                    cells.add(m == null ? null : m.median());
                    cells.add(m == null ? 0 : m.count());
                }
                w.row(cells);
            }
            return csv(w, "councils-" + s.today());
        }
        return json(new CouncilsView(s.today().toString(), rows));
    }

    private static CouncilView view(CouncilSummary c) {
        return new CouncilView(c.council(), c.openNow(), c.newLast30Days(), c.closedLast30Days(), c.salaries().stream()
            .map((SalaryMedian m) -> new CurrencyMedianView(m.currency(), Math.round(m.median()), m.count())).toList());
    }

    /**
     * SVG chart: {@code kind=monthly} (default) grouped bars of new and closed vacancies per month of one value
     * (or of all vacancies), or {@code kind=councils} open vacancies per council today.
     */
    @GET
    @Path("chart.svg")
    public Response chart(@QueryParam("kind") String kind, @QueryParam("dimension") String dimension,
                          @QueryParam("from") String from, @QueryParam("to") String to,
                          @QueryParam("value") String value, @QueryParam("lang") String lang) throws IOException {
        String language = StatsParams.language(lang);
        Dimension dim = StatsParams.dimension(dimension);
        String only = StatsParams.value(value);
        String svg;
        if (kind == null || kind.isEmpty() || kind.equals("monthly")) {
            StatsSnapshot s = source.current();
            YearMonth[] r = StatsParams.range(from, to, s);
            Series series = only == null ? s.total(r[0], r[1])
                : s.series(dim, only, r[0], r[1]).orElse(new Series(only, s.total(r[0], r[1]).months().stream()
                    .map(m -> new MonthCount(m.month(), 0, 0, 0)).toList()));
            String label = only == null ? SvgChart.word(language, "all") : s.label(dim, only, language);
            svg = SvgChart.monthly(series, label, language);
        } else if (kind.equals("councils")) {
            svg = SvgChart.councils(source.current().councils(), language);
        } else {
            throw new BadParameterException("kind", "must be monthly or councils");
        }
        return Response.ok(svg, "image/svg+xml;charset=utf-8").cacheControl(CACHE)
            .header("X-Content-Type-Options", "nosniff").build();
    }

    private static Response json(Object body) {
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8")).cacheControl(CACHE).build();
    }

    private static Response csv(CsvWriter w, String name) {
        // The name is built from checked parameters only (dimension names, YYYY-MM, ISO dates).
        return Response.ok(w.toString(), "text/csv;charset=utf-8;header=present").cacheControl(CACHE)
            .header("Content-Disposition", "attachment; filename=\"joinedup-" + name + ".csv\"").build();
    }
}
