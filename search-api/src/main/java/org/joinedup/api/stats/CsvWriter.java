package org.joinedup.api.stats;

import java.util.Arrays;
import java.util.List;

/**
 * Builds RFC 4180 CSV: CRLF line ends, fields with a comma, quote, CR or LF quoted and quotes doubled. Text
 * cells starting with {@code = + - @} (or a tab or CR) get a leading apostrophe so spreadsheets show them as text
 * instead of running them as formulas (CSV injection). Numbers are written as they are.
 */
final class CsvWriter {
    private final StringBuilder out = new StringBuilder();

    /** Appends one record; cells are Strings, Numbers or null (empty). */
    CsvWriter row(Object... cells) {
        return row(Arrays.asList(cells));
    }

    CsvWriter row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.append(',');
            Object c = cells.get(i);
            if (c instanceof Number n) {
                out.append(n);
            } else if (c != null) {
                out.append(text(c.toString()));
            }
        }
        out.append("\r\n");
        return this;
    }

    /** One text cell, neutralised and quoted as needed. */
    static String text(String s) {
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) s = "'" + s;
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0;
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
