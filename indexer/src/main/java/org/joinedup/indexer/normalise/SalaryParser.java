package org.joinedup.indexer.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.joinedup.crawler.Posting;
import org.joinedup.indexer.Vacancy;

/**
 * Turns a published salary (structured parts and/or text such as "£25,000 - £30,000 per annum",
 * "€ 3.000 per maand", "kr. 35.000 pr. md.", "2488,52€/kk") into min, max, currency and pay period, plus
 * annualised values (factors in {@link SalaryUnit}). Structured values win over the text; the text fills gaps.
 *
 * <p>Numbers: a separator followed by exactly three digits groups thousands ("25,000", "3.000", "35 000"); one or
 * two trailing digits after "," or "." are decimals ("12.50", "2488,52"); a "k" multiplies by 1000. A range is two
 * amounts joined by -, –, —, to, tot, til or till. Without a currency in the text, the source country's currency
 * is used. A salary text with no amount (e.g. "KVTES:n mukaan") is kept as raw text only. Thread-safe.
 */
final class SalaryParser {
    private static final Map<String, String> COUNTRY_CURRENCY =
        Map.of("GB", "GBP", "NL", "EUR", "FI", "EUR", "DK", "DKK", "US", "USD", "SE", "SEK", "NO", "NOK");
    private static final Pattern AMOUNT = Pattern.compile(
        "(?<!\\d)(\\d{1,3}(?:([.,\u00A0\u202F' ])\\d{3})(?:\\2\\d{3})*|\\d+)(?:([.,])(\\d{1,2}))?(?!\\d)"
            + "(?:\\s?([kK])(?!\\p{L}))?");
    private static final String CURRENCY_CORE =
        "(£|€|\\$)|(?<!\\p{L})(gbp|eur|dkk|usd|sek|nok|kr\\.?|kroner|euro[as]?|pounds?)(?!\\p{L})";
    private static final Pattern CURRENCY = Pattern.compile(CURRENCY_CORE);
    private static final Pattern CURRENCY_BEFORE = Pattern.compile("(?:" + CURRENCY_CORE + ")\\s*$");
    private static final Pattern CURRENCY_AFTER = Pattern.compile("^\\s*(?:" + CURRENCY_CORE + ")");
    private static final Pattern RANGE_JOIN = Pattern.compile("^(?:-|–|—|to|tot|til|till|bis|\\.\\.)$");
    private static final Pattern UP_TO = Pattern.compile("(?:up to|max(?:imum|imaal)?\\.?|op til|enintään)\\s*$");
    private static final Pattern FROM = Pattern.compile("(?:from|vanaf|fra|min(?:imum)?\\.?|alkaen)\\s*$");

    /** Largest amount read as a salary; annualised per hour it stays a finite double. */
    static final double MAX_AMOUNT = 1e12;

    /** One amount found in the text and where it was. */
    private record Amount(double value, boolean thousands, int start, int end) {
    }

    /**
     * Normalises a published salary.
     *
     * @param salary  as published, or null
     * @param country source country (ISO 3166), for the default currency
     * @return the salary, or null when nothing was published
     */
    Vacancy.Salary parse(Posting.Salary salary, String country) {
        if (salary == null) return null;
        String text = salary.text() == null ? null : salary.text().strip().replaceAll("\\s+", " ");
        Double min = positive(salary.min());
        Double max = positive(salary.max());
        if (min == null && max == null && text != null) {
            double[] range = rangeInText(text);
            if (range != null) {
                min = Double.isNaN(range[0]) ? null : range[0];
                max = Double.isNaN(range[1]) ? null : range[1];
            }
        }
        if (min != null && max != null && min > max) {
            Double t = min; min = max; max = t;
        }
        String currency = currency(salary.currency(), text, country);
        SalaryUnit unit = SalaryUnit.ofField(salary.unit());
        if (unit == null) unit = SalaryUnit.inText(text);
        if (min == null && max == null) {
            return text == null || text.isBlank() || text.equals("-") ? null
                : new Vacancy.Salary(null, null, null, null, null, null, text);
        }
        return new Vacancy.Salary(min, max, currency, unit == null ? null : unit.name(),
            unit == null ? null : unit.annualise(min), unit == null ? null : unit.annualise(max), text);
    }

    /** Convenience for text-only salaries. */
    Vacancy.Salary parseText(String text, String country) {
        return parse(new Posting.Salary(null, null, null, null, text), country);
    }

    /** {min, max} from the text (NaN for an open end), or null when it names no amount. */
    static double[] rangeInText(String text) {
        List<Amount> amounts = amounts(text);
        if (amounts.isEmpty()) return null;
        Amount first = amounts.getFirst();
        if (amounts.size() > 1 && joined(text, first, amounts.get(1))) {
            return new double[] {first.value(), amounts.get(1).value()};
        }
        String before = text.substring(0, first.start()).toLowerCase(Locale.ROOT);
        before = CURRENCY.matcher(before).replaceAll("").strip();
        if (UP_TO.matcher(before).find()) return new double[] {Double.NaN, first.value()};
        if (FROM.matcher(before).find()) return new double[] {first.value(), Double.NaN};
        return new double[] {first.value(), first.value()};
    }

    /** Amounts in order, starting at the first one written next to a currency when there is one. */
    private static List<Amount> amounts(String text) {
        List<Amount> all = new ArrayList<>();
        Matcher m = AMOUNT.matcher(text);
        while (m.find()) {
            all.add(new Amount(value(m), m.group(5) != null, m.start(), m.end()));
        }
        all.removeIf(a -> !plausible(a.value()));
        // "25-30k": a k on the upper end applies to a small lower end too
        if (all.size() > 1 && all.get(1).thousands() && !all.get(0).thousands() && all.get(0).value() < 1000) {
            Amount a = all.get(0);
            all.set(0, new Amount(a.value() * 1000, true, a.start(), a.end()));
        }
        for (int i = 0; i < all.size(); i++) {
            if (nextToCurrency(text, all.get(i))) {
                // "3.000 tot 3.500 euro": the currency follows the range, so keep the lower end too
                int from = i > 0 && joined(text, all.get(i - 1), all.get(i)) ? i - 1 : i;
                return all.subList(from, all.size());
            }
        }
        return all;
    }

    private static boolean joined(String text, Amount a, Amount b) {
        String between = CURRENCY.matcher(text.substring(a.end(), b.start()).toLowerCase(Locale.ROOT))
            .replaceAll("").strip();
        return RANGE_JOIN.matcher(between).matches();
    }

    private static double value(Matcher m) {
        String whole = m.group(1).replaceAll("[^0-9]", "");
        double v = Double.parseDouble(whole);
        if (m.group(4) != null) {
            boolean decimalIsThousandsSep = m.group(2) != null && m.group(2).equals(m.group(3));
            if (!decimalIsThousandsSep) v += Double.parseDouble("0." + m.group(4));
        }
        return m.group(5) != null ? v * 1000 : v;
    }

    private static boolean nextToCurrency(String text, Amount a) {
        String before = text.substring(Math.max(0, a.start() - 6), a.start()).toLowerCase(Locale.ROOT);
        String after = text.substring(a.end(), Math.min(text.length(), a.end() + 8)).toLowerCase(Locale.ROOT);
        return CURRENCY_BEFORE.matcher(before).find() || CURRENCY_AFTER.matcher(after).find();
    }

    private static String currency(String structured, String text, String country) {
        if (structured != null && !structured.isBlank()) return structured.strip().toUpperCase(Locale.ROOT);
        if (text != null) {
            Matcher m = CURRENCY.matcher(text.toLowerCase(Locale.ROOT));
            if (m.find()) return code(m.group(1) != null ? m.group(1) : m.group(2), country);
        }
        return country == null ? null : COUNTRY_CURRENCY.get(country.strip().toUpperCase(Locale.ROOT));
    }

    private static String code(String token, String country) {
        String t = token.replace(".", "");
        return switch (t) {
            case "£", "pound", "pounds" -> "GBP";
            case "€", "euro", "euroa", "euros" -> "EUR";
            case "$" -> "USD";
            case "kr", "kroner" -> {
                String local = country == null ? null : COUNTRY_CURRENCY.get(country.toUpperCase(Locale.ROOT));
                yield local != null && local.endsWith("K") ? local : "DKK";
            }
            default -> t.toUpperCase(Locale.ROOT);
        };
    }

    private static Double positive(Double d) {
        return d == null || !plausible(d) ? null : d;
    }

    /**
     * An amount that can be a salary: above zero and at most {@link #MAX_AMOUNT}. A longer digit run is an id or
     * a phone number, and 300 nines parse to infinity (which then reached the index and the statistics).
     */
    private static boolean plausible(double d) {
        return d > 0 && d <= MAX_AMOUNT;
    }
}
