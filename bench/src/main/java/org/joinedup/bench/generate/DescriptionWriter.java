package org.joinedup.bench.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Multi-paragraph descriptions (a few hundred words) assembled from a language's sentence templates:
 * introduction, duties, profile, offer, how to apply.
 */
final class DescriptionWriter {
    private static final List<String> PARAGRAPHS = List.of("intro", "duties", "profile", "offer", "apply");

    private final Vocabulary vocabulary;

    DescriptionWriter(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Paragraphs of plain text with placeholders filled; skills are drawn per sentence. */
    List<String> paragraphs(String lang, Map<String, String> values, SplittableRandom rnd) {
        List<String> skills = vocabulary.section(lang, "skill");
        List<String> out = new ArrayList<>(PARAGRAPHS.size());
        for (String name : PARAGRAPHS) {
            List<String> sentences = pick(vocabulary.section(lang, name), 4 + rnd.nextInt(3), rnd);
            StringBuilder p = new StringBuilder();
            for (String s : sentences) {
                if (!p.isEmpty()) p.append(' ');
                p.append(fill(s, values, skills.get(rnd.nextInt(skills.size()))));
            }
            out.add(p.toString());
        }
        return out;
    }

    /** The paragraphs as simple HTML, the way feeds carry descriptions. */
    static String html(List<String> paragraphs) {
        StringBuilder sb = new StringBuilder();
        for (String p : paragraphs) {
            sb.append("<p>").append(escape(p)).append("</p>\n");
        }
        return sb.toString();
    }

    private static List<String> pick(List<String> from, int n, SplittableRandom rnd) {
        List<String> copy = new ArrayList<>(from);
        int k = Math.min(n, copy.size());
        for (int i = 0; i < k; i++) {
            Collections.swap(copy, i, i + rnd.nextInt(copy.size() - i));
        }
        return copy.subList(0, k);
    }

    private static String fill(String template, Map<String, String> values, String skill) {
        StringBuilder sb = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) break;
            int close = template.indexOf('}', open);
            sb.append(template, i, open);
            String key = template.substring(open + 1, close);
            sb.append(key.equals("skill") ? skill : values.getOrDefault(key, key));
            i = close + 1;
        }
        sb.append(template, i, template.length());
        String s = sb.toString();
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
