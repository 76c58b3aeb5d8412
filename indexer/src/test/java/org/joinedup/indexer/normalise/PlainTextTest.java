package org.joinedup.indexer.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.joinedup.crawler.Crawler;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The one-pass whitespace rules of {@link PlainText} and the quick clean-text check of {@link TextRepair}
 * give exactly what the regular expressions they replaced gave, on random text made of the characters
 * those rules are about.
 */
class PlainTextTest {
    private static final char[] LINE_CHARS = {'a', 'b', ' ', ' ', '\t', '\n', '\n', '\u00A0', '\u2003', '\u00F8'};
    private static final String[] REPAIR_PIECES = {"a", " ", "\u00F8", "\u00E6ble", "&", "amp;", "&amp;", "&lt;", "& ",
        "&#", "#38;", "&1",
        "\u00C3", "\u00B8", "\u00E2\u20AC\u2122", "\u0092", "\u0081", "\u00C3\u00A6", "\u00F6\u00E4", "x;"};

    @Test
    void linesMatchTheRegexDefinition() {
        SplittableRandom random = new SplittableRandom(20261203);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) s.append(LINE_CHARS[random.nextInt(LINE_CHARS.length)]);
            String expected = s.toString().replace('\u00A0', ' ').replaceAll("[ \\t]+", " ")
                .replaceAll(" ?\n ?", "\n").replaceAll("\n{2,}", "\n").strip();
            assertEquals(expected, PlainText.lines(s), () -> "input " + s.toString().replace("\n", "\\n"));
        }
    }

    @Test
    void repairMatchesThePatternChecks() {
        Pattern entity = Pattern.compile("&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#\\d{1,7}|#[xX][0-9a-fA-F]{1,6});");
        Pattern c1 = Pattern.compile("[\u0080-\u009F]");
        SplittableRandom random = new SplittableRandom(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(6);
            for (int i = 0; i < length; i++) s.append(REPAIR_PIECES[random.nextInt(REPAIR_PIECES.length)]);
            String in = s.toString();
            String t = entity.matcher(in).find() ? Parser.unescapeEntities(in, false) : in;
            t = TextRepair.undoMojibake(t);
            String expected = c1.matcher(t).find() ? c1.matcher(Crawler.c1ToWindows1252(t)).replaceAll("") : t;
            assertEquals(expected, TextRepair.repair(in), () -> "input " + in);
        }
    }

    @Test
    void textNodesHaveEveryWhitespaceRunMadeOneSpace() {
        char[] chars = {'a', 'b', ' ', ' ', '\t', '\n', '\r', '\u000B', '\f', '\u00A0', '\u00F8'};
        SplittableRandom random = new SplittableRandom(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(14);
            for (int i = 0; i < length; i++) s.append(chars[random.nextInt(chars.length)]);
            Element p = new Element("p");
            p.appendChild(new TextNode(s.toString()));
            String expected = PlainText.lines(s.toString().replaceAll("\\s+", " "));
            assertEquals(expected, PlainText.of(p), () -> "input " + s.toString().replace("\n", "\\n"));
        }
    }
}
