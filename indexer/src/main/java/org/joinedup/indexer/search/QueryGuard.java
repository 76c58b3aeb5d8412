package org.joinedup.indexer.search;

import java.util.regex.Pattern;
import org.joinedup.indexer.InvalidSearchException;

/**
 * Checks free text before it is parsed, so a search (and a saved search, which runs the same text) cannot
 * ask for expensive or unsupported query shapes: over-long text, too many terms, leading wildcards, regular
 * expressions and fuzzy matching are refused with a message naming the problem. The supported syntax is
 * words, "phrases", -exclusion, OR, parentheses and a trailing * on a word of at least two letters.
 */
public final class QueryGuard {
    /** Longest accepted query text, in characters. */
    public static final int MAX_LENGTH = 500;
    /** Most terms (words and phrase words) in one query; each term fans out over every language field. */
    public static final int MAX_TERMS = 64;
    private static final int MIN_PREFIX = 2;

    private static final Pattern REGEX = Pattern.compile("(^|[\\s(|+-])/[^/]*/");
    private static final Pattern TERM = Pattern.compile("[\\p{L}\\p{N}]+");

    private QueryGuard() {
    }

    /**
     * Accepts the text or says why not.
     *
     * @throws InvalidSearchException with component {@code query}
     */
    public static void check(String text) {
        if (text == null || text.isBlank()) return;
        if (text.length() > MAX_LENGTH) fail("the query must be at most " + MAX_LENGTH + " characters");
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && !Character.isWhitespace(c))) {
            fail("the query contains control characters");
        }
        // Inside "phrases" every character is literal text; only the rest can carry operators.
        String unquoted = text.replaceAll("\"[^\"]*\"", " ");
        if (REGEX.matcher(unquoted).find()) fail("regular expressions (/.../) are not supported");
        if (unquoted.contains("~")) fail("fuzzy and proximity operators (~) are not supported");
        if (unquoted.contains("?")) fail("single-character wildcards (?) are not supported");
        checkWildcards(unquoted);
        long terms = TERM.matcher(text).results().count();
        if (terms > MAX_TERMS) fail("the query has " + terms + " terms; at most " + MAX_TERMS + " are allowed");
    }

    /** Only a trailing * after at least two letters is allowed ("nurs*"); "*urse", "n*rse" and "n*" are not. */
    private static void checkWildcards(String text) {
        for (String word : text.split("[\\s()|+\"-]+")) {
            int star = word.indexOf('*');
            if (star < 0) continue;
            if (star == 0) fail("leading wildcards (*" + word.replace("*", "") + ") are not supported");
            if (star != word.length() - 1 || word.indexOf('*', star + 1) >= 0) {
                fail("a wildcard may only end a word (" + word + ")");
            }
            if (TERM.matcher(word.substring(0, star)).results().mapToInt(m -> m.group().length()).sum() < MIN_PREFIX) {
                fail("a wildcard needs at least " + MIN_PREFIX + " letters before it (" + word + ")");
            }
        }
    }

    private static void fail(String message) {
        throw new InvalidSearchException("query", message);
    }
}
