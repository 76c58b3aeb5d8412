package org.joinedup.indexer.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.joinedup.indexer.Vacancy;
import org.joinedup.indexer.index.IndexSchema;

/**
 * Highlighted snippets of the descriptions of one page of hits: HTML where only {@code <mark>} is markup and
 * all text is escaped. Passages come from the offsets stored in the body fields' postings, so no description
 * is analysed again at query time.
 */
final class Snippets {
    private static final int PLAIN_LENGTH = 240;
    private static final int PASSAGE_LENGTH = 160;
    private static final int PASSAGES = 2;

    private final IndexSchema schema;
    private final String[] bodyFields;

    Snippets(IndexSchema schema) {
        this.schema = schema;
        this.bodyFields = schema.bodyFields();
    }

    /** One snippet per hit, in the order of {@code docIds}. */
    List<String> snippets(IndexSearcher searcher, Query text, int[] docIds, List<Vacancy> hits) throws IOException {
        if (docIds.length == 0) return List.of();
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, schema.perFieldAnalyzer())
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
            // Descriptions often have list lines without full stops; aim for ~160-character passages so a
            // snippet is two short excerpts rather than two whole paragraphs.
            .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_LENGTH, 0.5f))
            .withMaxNoHighlightPassages(0)
            .build();
        int[] passages = new int[bodyFields.length];
        Arrays.fill(passages, PASSAGES);
        Map<String, String[]> byField = highlighter.highlightFields(bodyFields, text, docIds, passages);
        String[] out = new String[docIds.length];
        for (String[] perDoc : byField.values()) {
            for (int i = 0; i < perDoc.length; i++) {
                if (out[i] == null && perDoc[i] != null && perDoc[i].contains("<mark>")) out[i] = perDoc[i].strip();
            }
        }
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null) out[i] = plain(hits.get(i).descriptionText());
        }
        return Arrays.asList(out);
    }

    /** The opening of a description, escaped, when nothing in it matched (e.g. a title-only match). */
    private static String plain(String body) {
        if (body.length() <= PLAIN_LENGTH) return escape(body);
        int end = body.lastIndexOf(' ', PLAIN_LENGTH);
        return escape(body.substring(0, end > PLAIN_LENGTH / 2 ? end : PLAIN_LENGTH)) + " …";
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
