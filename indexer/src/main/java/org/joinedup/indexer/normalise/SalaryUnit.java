package org.joinedup.indexer.normalise;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pay periods and the factors that annualise them, so salaries quoted per hour, day, week, month or year can be
 * compared and range-filtered:
 * <ul>
 *   <li>YEAR x 1</li>
 *   <li>MONTH x 12</li>
 *   <li>WEEK x 52</li>
 *   <li>DAY x 260 (5 working days x 52 weeks)</li>
 *   <li>HOUR x 1950 (a 37.5-hour week x 52 weeks, the usual full-time week in UK and Nordic public services;
 *       Dutch 36-hour and Danish 37-hour weeks differ by under 4%, which is fine for comparison)</li>
 * </ul>
 * Annualised figures are for comparison only; the advertised min/max and unit stay as published.
 */
enum SalaryUnit {
    HOUR(1950), DAY(260), WEEK(52), MONTH(12), YEAR(1);

    private static final String CONNECTOR = "(?:(?<![\\p{L}])(?:per|pr\\.?|p\\.?|a|an|each|every|om|i|à)\\s*|/\\s*)";
    private static final String YEAR_W = "annum|year|yr|jaar|år(?:et)?|vuosi|vuodessa|v";
    private static final String MONTH_W = "month|mth|maand|mnd|md|mdr|måned(?:en)?|kuukausi|kuukaudessa|kk";
    private static final String WEEK_W = "week|wk|uge(?:n)?|viikko|viikossa";
    private static final String DAY_W = "day|dag(?:en)?|päivä|päivässä|pv";
    private static final String HOUR_W = "hour|hr|h|uur|time(?:n)?|tunti|tunnissa|t";
    /** Unit words after a connector ("per annum", "pr. md.", "/kk", "i timen"). */
    private static final Pattern CONNECTED = Pattern.compile(CONNECTOR + "(?:(" + YEAR_W + ")|("
        + MONTH_W + ")|(" + WEEK_W + ")|(" + DAY_W + ")|(" + HOUR_W + "))\\.?(?![\\p{L}])");
    /** Words that name a period on their own ("annually", "pcm", "tuntipalkka", "kuukaudessa"). */
    private static final Pattern STANDALONE = Pattern.compile("(?<![\\p{L}])(?:"
        + "(p\\.a\\.|pa|annual(?:ly)?|yearly|jaarlijks|jaarsalaris|årlig(?:t|e)?|årsløn|vuosipalkka|vuodessa)|"
        + "(pcm|p\\.c\\.m\\.|monthly|maandelijks|maandsalaris|maandloon|månedlig(?:t|e)?|månedsløn|kuukausipalkka"
        + "|kuukaudessa)|(weekly|wekelijks|ugentlig(?:t)?|ugeløn|viikkopalkka)|(daily|dagelijks|dagløn|päiväpalkka)|"
        + "(hourly|uurloon|timeløn|tuntipalkka|tunnissa))(?![\\p{L}])");

    private final int perYear;

    SalaryUnit(int perYear) {
        this.perYear = perYear;
    }

    /** How many of this period make a year. */
    int perYear() {
        return perYear;
    }

    /** The amount over a year, or null for null. */
    Double annualise(Double amount) {
        return amount == null ? null : amount * perYear;
    }

    /** The period named in a salary text ("£25,000 per annum", "kr. 35.000 pr. md."), or null. */
    static SalaryUnit inText(String text) {
        if (text == null) return null;
        String t = text.toLowerCase(Locale.ROOT);
        SalaryUnit u = firstGroup(CONNECTED.matcher(t));
        return u != null ? u : firstGroup(STANDALONE.matcher(t));
    }

    /** A structured unit field: schema.org unitText (HOUR, DAY, WEEK, MONTH, YEAR) or a word ("yearly", "maand"). */
    static SalaryUnit ofField(String field) {
        if (field == null || field.isBlank()) return null;
        String f = field.strip().toUpperCase(Locale.ROOT);
        for (SalaryUnit u : values()) {
            if (u.name().equals(f)) return u;
        }
        SalaryUnit u = inText(field);
        return u != null ? u : inText("per " + field.strip());
    }

    private static SalaryUnit firstGroup(Matcher m) {
        if (!m.find()) return null;
        SalaryUnit[] order = {YEAR, MONTH, WEEK, DAY, HOUR};
        for (int g = 1; g <= 5; g++) {
            if (m.group(g) != null) return order[g - 1];
        }
        return null;
    }
}
