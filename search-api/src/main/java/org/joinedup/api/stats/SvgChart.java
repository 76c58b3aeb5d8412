package org.joinedup.api.stats;

import static org.joinedup.api.web.Markup.escape;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.joinedup.indexer.stats.CouncilSummary;
import org.joinedup.indexer.stats.MonthCount;
import org.joinedup.indexer.stats.Series;

/**
 * Server-made SVG bar charts: grouped bars of new and closed vacancies per month, or open vacancies per council.
 * Accessible: {@code role="img"} labelled by a {@code <title>} and described by a {@code <desc>} that states the
 * figures; every bar has its own tooltip title. Sized by its {@code viewBox} only, so it scales to any width.
 * Colours have at least 4.5:1 contrast on white. Every text is XML-escaped.
 */
final class SvgChart {
    static final String NEW_COLOUR = "#0b4f9c";
    static final String CLOSED_COLOUR = "#9c3d00";
    static final String OPEN_COLOUR = "#0b5e2f";
    private static final String TEXT = "#1b1b1b";
    private static final String GRID = "#767676";
    private static final int WIDTH = 960;
    private static final int LEFT = 64;
    private static final int RIGHT = 16;
    private static final int TOP = 56;

    /** Chart words per language. */
    private static final Map<String, Map<String, String>> WORDS = Map.of(
        "en", Map.of("monthly", "New and closed vacancies per month", "councils", "Open vacancies per council today",
            "new", "New", "closed", "Closed", "open", "Open", "all", "All vacancies", "none", "No data"),
        "nl", Map.of("monthly", "Nieuwe en gesloten vacatures per maand", "councils",
            "Open vacatures per gemeente vandaag", "new", "Nieuw", "closed", "Gesloten", "open", "Open", "all",
            "Alle vacatures", "none", "Geen gegevens"),
        "da", Map.of("monthly", "Nye og lukkede stillinger pr. måned", "councils", "Åbne stillinger pr. kommune i dag",
            "new", "Nye", "closed", "Lukkede", "open", "Åbne", "all", "Alle stillinger", "none", "Ingen data"),
        "fi", Map.of("monthly", "Uudet ja suljetut työpaikat kuukausittain", "councils",
            "Avoimet työpaikat kunnittain tänään", "new", "Uudet", "closed", "Suljetut", "open", "Avoimet", "all",
            "Kaikki työpaikat", "none", "Ei tietoja"));

    private SvgChart() {
    }

    static String word(String lang, String key) {
        return WORDS.getOrDefault(lang, WORDS.get("en")).get(key);
    }

    /**
     * Grouped bars (new, closed) per month of one series.
     *
     * @param label what the series is ("All vacancies", a council name, ...)
     */
    static String monthly(Series s, String label, String lang) {
        List<MonthCount> months = s.months();
        int height = 420;
        int plotH = height - TOP - 64;
        int max = Math.max(1, months.stream().mapToInt(m -> Math.max(m.opened(), m.closed())).max().orElse(1));
        int step = niceStep(max);
        int top = ((max + step - 1) / step) * step;
        String title = word(lang, "monthly") + ": " + label;
        String desc = title + ", " + months.get(0).month() + " – " + months.get(months.size() - 1).month() + ". "
            + word(lang, "new") + ": " + s.totalOpened() + ", " + word(lang, "closed") + ": " + s.totalClosed() + ".";
        StringBuilder b = open(height, title, desc);
        legend(b, lang, List.of("new", "closed"), List.of(NEW_COLOUR, CLOSED_COLOUR));
        yAxis(b, top, step, plotH);
        double slot = (double) (WIDTH - LEFT - RIGHT) / months.size();
        double bar = Math.max(1, slot * 0.38);
        int labelEvery = Math.max(1, (int) Math.ceil(months.size() / 12.0));
        for (int i = 0; i < months.size(); i++) {
            MonthCount m = months.get(i);
            double x = LEFT + i * slot + slot * 0.1;
            rect(b, "bar new", x, m.opened(), top, plotH, bar, NEW_COLOUR,
                m.month() + ": " + m.opened() + " " + word(lang, "new").toLowerCase(Locale.ROOT));
            rect(b, "bar closed", x + bar, m.closed(), top, plotH, bar, CLOSED_COLOUR,
                m.month() + ": " + m.closed() + " " + word(lang, "closed").toLowerCase(Locale.ROOT));
            if (i % labelEvery == 0) {
                b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-size=\"14\">"
                    + "%s</text>", LEFT + i * slot + slot / 2, TOP + plotH + 22, escape(m.month().toString())));
            }
        }
        return b.append("</svg>").toString();
    }

    /** Horizontal bars of open vacancies now, one per council. */
    static String councils(List<CouncilSummary> councils, String lang) {
        int row = 28;
        int height = TOP + Math.max(1, councils.size()) * row + 24;
        int max = Math.max(1, councils.stream().mapToInt(CouncilSummary::openNow).max().orElse(1));
        String title = word(lang, "councils");
        StringBuilder d = new StringBuilder(title).append('.');
        councils.forEach(c -> d.append(' ').append(c.council()).append(": ").append(c.openNow()).append('.'));
        if (councils.isEmpty()) d.append(' ').append(word(lang, "none")).append('.');
        StringBuilder b = open(height, title, d.toString());
        int labelW = 300;
        int plotW = WIDTH - labelW - RIGHT - 60;
        for (int i = 0; i < councils.size(); i++) {
            CouncilSummary c = councils.get(i);
            int y = TOP + i * row;
            double w = (double) c.openNow() / max * plotW;
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"15\">%s</text>",
                labelW - 8, y + 19, escape(shorten(c.council(), 36))));
            b.append(String.format(Locale.ROOT, "<rect class=\"bar open\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" "
                + "fill=\"%s\"><title>%s</title></rect>", labelW, y + 4, Math.max(w, 1), row - 8, OPEN_COLOUR,
                escape(c.council() + ": " + c.openNow())));
            b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"15\">%d</text>",
                labelW + Math.max(w, 1) + 6, y + 19, c.openNow()));
        }
        return b.append("</svg>").toString();
    }

    private static StringBuilder open(int height, String title, String desc) {
        StringBuilder b = new StringBuilder(4096);
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
            .append("\" preserveAspectRatio=\"xMidYMid meet\" role=\"img\" aria-labelledby=\"chart-title chart-desc\""
                + " font-family=\"system-ui, sans-serif\" fill=\"").append(TEXT).append("\">")
            .append("<title id=\"chart-title\">").append(escape(title)).append("</title>")
            .append("<desc id=\"chart-desc\">").append(escape(desc)).append("</desc>")
            .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>")
            .append("<text x=\"").append(LEFT).append("\" y=\"24\" font-size=\"18\" font-weight=\"700\">")
            .append(escape(shorten(title, 90))).append("</text>");
        return b;
    }

    private static void legend(StringBuilder b, String lang, List<String> keys, List<String> colours) {
        int x = LEFT;
        for (int i = 0; i < keys.size(); i++) {
            b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"34\" width=\"14\" height=\"14\" fill=\"%s\"/>"
                + "<text x=\"%d\" y=\"46\" font-size=\"14\">%s</text>", x, colours.get(i), x + 20,
                escape(word(lang, keys.get(i)))));
            x += 140;
        }
    }

    private static void yAxis(StringBuilder b, int top, int step, int plotH) {
        for (int v = 0; v <= top; v += step) {
            double y = TOP + plotH - (double) v / top * plotH;
            b.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
                + "stroke-width=\"%s\"/><text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" font-size=\"14\">%d</text>",
                LEFT, WIDTH - RIGHT, y, y, GRID, v == 0 ? "1.5" : "0.5", LEFT - 8, y + 5, v));
        }
    }

    private static void rect(StringBuilder b, String cls, double x, int value, int top, int plotH, double w,
                             String colour, String tip) {
        double h = (double) value / top * plotH;
        b.append(String.format(Locale.ROOT, "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
            + "fill=\"%s\"><title>%s</title></rect>", cls, x, TOP + plotH - h, w, h, colour, escape(tip)));
    }

    /** A step of 1, 2 or 5 times a power of ten giving at most about six grid lines. */
    static int niceStep(int max) {
        int step = 1;
        while (true) {
            for (int f : new int[] {1, 2, 5}) {
                if (max / (step * f) <= 6) return step * f;
            }
            step *= 10;
        }
    }

    private static String shorten(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
