package org.joinedup.indexer.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.joinedup.indexer.Vacancy;
import org.joinedup.indexer.index.IndexSchema;

/**
 * Highlighted snippets of a vacancy's description: HTML where only {@code <mark>} is markup and all text is
 * escaped. Analyses the stored text again rather than storing offsets, which keeps the index small.
 */
final class Snippets {
    private static final int PLAIN_LENGTH = 240;
    private static final int PASSAGE_LENGTH = 160;

    private final IndexSchema schema;
    private final UnifiedHighlighter highlighter;

    Snippets(IndexSchema schema) {
        this.schema = schema;
        this.highlighter = UnifiedHighlighter.builderWithoutSearcher(schema.perFieldAnalyzer())
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
            .withMaxLength(20_000)
            // Descriptions often have list lines without full stops; aim for ~160-character passages so a
            // snippet is two short excerpts rather than two whole paragraphs.
            .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_LENGTH, 0.5f))
            .build();
    }

    String snippet(Query text, Vacancy v) throws IOException {
        String body = v.descriptionText();
        if (body.isEmpty()) return "";
        Object hl = highlighter.highlightWithoutSearcher(IndexSchema.bodyField(schema.fieldLanguage(v)), text, body, 2);
        if (hl instanceof String s && s.contains("<mark>")) return s.strip();
        return escape(body.length() <= PLAIN_LENGTH ? body : cut(body));
    }

    private static String cut(String body) {
        int end = body.lastIndexOf(' ', PLAIN_LENGTH);
        return body.substring(0, end > PLAIN_LENGTH / 2 ? end : PLAIN_LENGTH) + " …";
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
