package org.joinedup.api.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void quotesPerRfc4180WithCrlf() {
        String csv = new CsvWriter().row("a", "b,c", "say \"hi\"", "two\nlines", null, 42, 3.5).toString();
        assertEquals("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",,42,3.5\r\n", csv);
    }

    @Test
    void neutralisesFormulaCells() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvWriter.text("=HYPERLINK(\"x\")"));
        assertEquals("'+1", CsvWriter.text("+1"));
        assertEquals("'-2", CsvWriter.text("-2"));
        assertEquals("'@SUM(A1)", CsvWriter.text("@SUM(A1)"));
        assertEquals("\"'=1,2\"", CsvWriter.text("=1,2"));
        assertEquals("Gemeente Lindeveen", CsvWriter.text("Gemeente Lindeveen"));
        // Numbers are data, not text: a negative number stays a number.
        assertEquals("-1\r\n", new CsvWriter().row(-1).toString());
    }
}
