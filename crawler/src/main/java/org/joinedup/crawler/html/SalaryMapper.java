package org.joinedup.crawler.html;

import com.fasterxml.jackson.databind.JsonNode;
import org.joinedup.crawler.Posting;

/** baseSalary: a MonetaryAmount with a QuantitativeValue (min/max/value/unitText), a number or text. */
final class SalaryMapper {
    private SalaryMapper() {
    }

    static Posting.Salary salary(JsonNode s) {
        if (s == null || s.isNull()) return null;
        if (s.isArray()) return s.isEmpty() ? null : salary(s.get(0));
        if (!s.isObject()) {
            String t = JsonValues.text(s);
            Double n = JsonValues.number(s);
            return t == null ? null : new Posting.Salary(n, n, null, null, t);
        }
        String currency = JsonValues.text(s, "currency");
        JsonNode value = s.get("value");
        Double min = null;
        Double max = null;
        String unit = JsonValues.text(s, "unitText");
        if (value != null && value.isObject()) {
            min = JsonValues.number(value.get("minValue"));
            max = JsonValues.number(value.get("maxValue"));
            Double single = JsonValues.number(value.get("value"));
            if (min == null && max == null) min = max = single;
            unit = unit != null ? unit : JsonValues.text(value, "unitText");
        } else if (value != null) {
            min = max = JsonValues.number(value);
        } else {
            min = JsonValues.number(s.get("minValue"));
            max = JsonValues.number(s.get("maxValue"));
        }
        return new Posting.Salary(min, max, currency, unit, rawText(currency, min, max, unit, value));
    }

    private static String rawText(String currency, Double min, Double max, String unit, JsonNode value) {
        if (min == null && max == null) {
            return value == null ? null : JsonValues.text(value);
        }
        String amount = min != null && max != null && !min.equals(max) ? plain(min) + "-" + plain(max)
            : plain(min != null ? min : max);
        return (currency == null ? "" : currency + " ") + amount + (unit == null ? "" : " per " + unit);
    }

    private static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
