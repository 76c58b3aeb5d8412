package org.joinedup.indexer.dedup;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.joinedup.indexer.Vacancy;

/**
 * Decides whether two vacancies are the same job listed twice. Rules, in order:
 * <ol>
 *   <li>same id: the same listing, never a duplicate (the index updates it in place);</li>
 *   <li>equal fingerprints (folded title, employer, main locality, closing date): duplicate, even in one source;</li>
 *   <li>otherwise only listings from different sources can merge;</li>
 *   <li>structured vetoes: different employer (unless one text names the other, as aggregators do), locality,
 *       region or department; closing dates more than {@value #MAX_CLOSING_DAYS} days apart; salaries that do not
 *       overlap; full-time vs part-time, permanent vs fixed-term;</li>
 *   <li>the same description (content hash) with a compatible title, or a high estimated Jaccard similarity of
 *       title and description shingles together with a similar title.</li>
 * </ol>
 * Thread-safe and stateless apart from string interning.
 */
final class DuplicateClassifier {
    static final int MAX_CLOSING_DAYS = 7;
    static final double MERGE_TITLE = 0.6;
    static final double MERGE_JACCARD = 0.45;
    static final double POSSIBLE_TITLE = 0.4;
    static final double POSSIBLE_JACCARD = 0.3;
    /** Short texts: the title has to carry the decision, with the closing date and place or unit. */
    static final double SHORT_TEXT_TITLE = 0.75;
    static final double SHORT_TEXT_CONTAINMENT = 0.8;
    private static final double SALARY_TOLERANCE = 0.05;
    private static final int FULL = 1 << Vacancy.EMPLOYMENT_TYPES.indexOf("full-time");
    private static final int PART = 1 << Vacancy.EMPLOYMENT_TYPES.indexOf("part-time");
    private static final int PERMANENT = 1 << Vacancy.EMPLOYMENT_TYPES.indexOf("permanent");
    private static final int FIXED = (1 << Vacancy.EMPLOYMENT_TYPES.indexOf("fixed-term"))
        | (1 << Vacancy.EMPLOYMENT_TYPES.indexOf("temporary"));

    private final Signatures signatures;

    /** A classifier with its own signature builder. */
    public DuplicateClassifier() {
        this(new Signatures());
    }

    DuplicateClassifier(Signatures signatures) {
        this.signatures = signatures;
    }

    /** Compares two vacancies; symmetric. */
    public PairDecision classify(Vacancy a, Vacancy b) {
        return decide(signatures.of(a), signatures.of(b));
    }

    PairDecision decide(Signature a, Signature b) {
        if (a.id().equals(b.id())) return PairDecision.none("same listing");
        String veto = veto(a, b);
        if (veto != null) return PairDecision.none(veto);
        if (a.fingerprint() == b.fingerprint()) {
            return new PairDecision(PairDecision.Decision.AUTO_MERGE, 1.0, "exact fingerprint");
        }
        if (a.sourceId().equals(b.sourceId())) return PairDecision.none("same source, fingerprints differ");
        double title = titleSimilarity(a.titleKey(), b.titleKey());
        if (a.contentHash() != 0 && a.contentHash() == b.contentHash() && title >= MERGE_TITLE) {
            return new PairDecision(PairDecision.Decision.AUTO_MERGE, 0.99, fmt("same description, title %.2f", title));
        }
        return near(a, b, title);
    }

    private static PairDecision near(Signature a, Signature b, double title) {
        double jaccard = MinHasher.jaccard(a.minHash(), b.minHash());
        double score = (jaccard + title) / 2;
        String why = fmt("jaccard %.2f, title %.2f", jaccard, title);
        boolean shortText = Math.min(a.textWords(), b.textWords()) < Signatures.MIN_CONTENT_WORDS;
        if (shortText) {
            // Little text to compare: title and closing date must agree, and the place or unit, unless one
            // listing quotes the other's whole text (an aggregator that dropped the structured fields).
            boolean closeDays = a.closingDay() != Signature.NO_DAY && b.closingDay() != Signature.NO_DAY
                && Math.abs(a.closingDay() - b.closingDay()) <= 1;
            boolean placed = same(a.localityKey(), b.localityKey()) || same(a.departmentKey(), b.departmentKey())
                || containment(a, b, jaccard) >= SHORT_TEXT_CONTAINMENT;
            PairDecision.Decision d = title < SHORT_TEXT_TITLE ? PairDecision.Decision.NONE
                : closeDays && placed ? PairDecision.Decision.AUTO_MERGE : PairDecision.Decision.POSSIBLE;
            return new PairDecision(d, score, "short text, " + why);
        }
        if (title >= MERGE_TITLE && jaccard >= MERGE_JACCARD) {
            return new PairDecision(PairDecision.Decision.AUTO_MERGE, score, "near: " + why);
        }
        if (title >= POSSIBLE_TITLE && jaccard >= POSSIBLE_JACCARD) {
            return new PairDecision(PairDecision.Decision.POSSIBLE, score, "near: " + why);
        }
        return new PairDecision(PairDecision.Decision.NONE, score, why);
    }

    /** Estimated share of the smaller shingle set inside the larger: |A∩B| = J(|A|+|B|)/(1+J). */
    static double containment(Signature a, Signature b, double jaccard) {
        double common = jaccard * (a.shingles() + b.shingles()) / (1 + jaccard);
        return Math.min(1.0, common / Math.min(a.shingles(), b.shingles()));
    }

    /** The structured field that rules the pair out, or null. */
    static String veto(Signature a, Signature b) {
        // Cheap comparisons first: most candidates from boilerplate fail on place or date.
        if (a.closingDay() != Signature.NO_DAY && b.closingDay() != Signature.NO_DAY
            && Math.abs(a.closingDay() - b.closingDay()) > MAX_CLOSING_DAYS) {
            return "closing dates differ";
        }
        // Sources spell places differently ("Kobenhavn O" vs "Kobenhavn", "Region Midtjylland" vs "Midtjylland").
        if (differ(a.localityKey(), b.localityKey())) return "locality differs";
        if (differ(a.regionKey(), b.regionKey())) return "region differs";
        if (typesConflict(a.typeMask(), b.typeMask())) return "employment type differs";
        if (!salariesOverlap(a, b)) return "salary differs";
        if (!employersCompatible(a, b)) return "employer differs";
        if (differ(a.departmentKey(), b.departmentKey())) return "department differs";
        return null;
    }

    static boolean employersCompatible(Signature a, Signature b) {
        String x = a.employerKey();
        String y = b.employerKey();
        if (x.equals(y) || contains(x, y)) return true;
        return Arrays.binarySearch(b.mentions(), Signatures.mentionHash(x)) >= 0
            || Arrays.binarySearch(a.mentions(), Signatures.mentionHash(y)) >= 0;
    }

    /** True when all words of the shorter key occur in the longer one and it has a word that is not generic. */
    static boolean contains(String x, String y) {
        if (x.isEmpty() || y.isEmpty()) return false;
        boolean xFewer = x.chars().filter(c -> c == ' ').count() <= y.chars().filter(c -> c == ' ').count();
        String fewer = xFewer ? x : y;
        int space = fewer.indexOf(' ');
        String first = space < 0 ? fewer : fewer.substring(0, space);
        if (!(xFewer ? y : x).contains(first)) return false; // cheap rejection before building word sets
        Set<String> wx = new HashSet<>(List.of(x.split(" ")));
        Set<String> wy = new HashSet<>(List.of(y.split(" ")));
        Set<String> small = wx.size() <= wy.size() ? wx : wy;
        Set<String> large = small == wx ? wy : wx;
        if (!large.containsAll(small)) return false;
        return small.stream().anyMatch(w -> !Signatures.ORG_WORDS.contains(w) && w.length() > 2);
    }

    private static boolean same(String x, String y) {
        return !x.isEmpty() && x.equals(y);
    }

    /** Both known, and neither names the other (all words of one inside the other). */
    private static boolean differ(String x, String y) {
        return !x.isEmpty() && !y.isEmpty() && !x.equals(y) && !contains(x, y);
    }

    private static boolean salariesOverlap(Signature a, Signature b) {
        if (Float.isNaN(a.salaryMin()) || Float.isNaN(b.salaryMin())) return true;
        double lo = Math.max(a.salaryMin(), b.salaryMin());
        double hi = Math.min(a.salaryMax(), b.salaryMax());
        return lo <= hi * (1 + SALARY_TOLERANCE);
    }

    private static boolean typesConflict(int x, int y) {
        return opposite(x, y, FULL, PART) || opposite(x, y, PERMANENT, FIXED);
    }

    private static boolean opposite(int x, int y, int one, int other) {
        boolean xOne = (x & one) != 0 && (x & other) == 0;
        boolean xOther = (x & other) != 0 && (x & one) == 0;
        boolean yOne = (y & one) != 0 && (y & other) == 0;
        boolean yOther = (y & other) != 0 && (y & one) == 0;
        return xOne && yOther || xOther && yOne;
    }

    /** Mean of word-set containment and Jaccard, so an added word costs less than a replaced one. */
    static double titleSimilarity(String x, String y) {
        if (x.equals(y)) return 1.0;
        if (x.isEmpty() || y.isEmpty()) return 0.0;
        Set<String> wx = new HashSet<>(List.of(x.split(" ")));
        Set<String> wy = new HashSet<>(List.of(y.split(" ")));
        int common = 0;
        for (String w : wx) {
            if (wy.contains(w)) common++;
        }
        double containment = (double) common / Math.min(wx.size(), wy.size());
        double jaccard = (double) common / (wx.size() + wy.size() - common);
        return (containment + jaccard) / 2;
    }

    private static String fmt(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
