package org.joinedup.crawler.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.joinedup.crawler.fuzz.ExfiltrationTrap;

/**
 * Tells whether parsing a corpus file read a local file, without a SecurityManager: (1) every local file the
 * corpus points at (file:///etc/passwd, ../../etc/passwd, file:///etc/issue ...) that exists on this machine
 * contributes its distinctive lines as markers, which must never appear in any output; (2) {@link #arm} points a
 * document's SYSTEM identifiers at the {@link ExfiltrationTrap}'s marker file (local ones) and trap socket (remote
 * ones), so a parser that resolved them would leak a unique marker or be seen connecting.
 */
final class LocalFileTrap {
    private static final Pattern FILE_REF = Pattern.compile("file:/{1,3}(/?[A-Za-z0-9_./-]+)");
    private static final Pattern RELATIVE_REF = Pattern.compile("SYSTEM\\s+[\"'](?:\\.\\./)+([A-Za-z0-9_./-]+)[\"']");
    private static final Pattern SYSTEM_ID = Pattern.compile("SYSTEM(\\s+)([\"'])([^\"']*)\\2");
    /** Shorter lines (a number in /sys, "root") could occur in a posting by chance. */
    private static final int MIN_MARKER = 12;

    private final ExfiltrationTrap trap = ExfiltrationTrap.INSTANCE;
    private final Set<String> referenced = new TreeSet<>();
    private final List<String> markers = new ArrayList<>();

    /** Collects the local files the given corpus files refer to, and their lines as markers. */
    static LocalFileTrap scan(List<Path> files) throws IOException {
        LocalFileTrap t = new LocalFileTrap();
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            for (Pattern p : List.of(FILE_REF, RELATIVE_REF)) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    t.referenced.add("/" + m.group(1).replaceFirst("^/+", ""));
                }
            }
        }
        t.markers.add(t.trap.marker());
        for (String ref : t.referenced) {
            t.markers.addAll(linesOf(Path.of(ref)));
        }
        return t;
    }

    private static List<String> linesOf(Path p) {
        try {
            if (!Files.isRegularFile(p) || !Files.isReadable(p) || Files.size(p) > 64 * 1024) {
                return List.of();
            }
            return Files.readAllLines(p, StandardCharsets.ISO_8859_1).stream().map(String::strip)
                .filter(l -> l.length() >= MIN_MARKER && !l.matches("[0-9\\s]+")).toList();
        } catch (IOException | RuntimeException e) {
            return List.of(); // unreadable here, so nothing of it can leak either
        }
    }

    /** Local paths the corpus refers to. */
    Set<String> referenced() {
        return referenced;
    }

    /** Number of marker lines watched (the trap's own marker included). */
    int markerCount() {
        return markers.size();
    }

    /** The body with its SYSTEM identifiers aimed at the trap; the same array when it has none. */
    byte[] arm(byte[] body) {
        String text = new String(body, StandardCharsets.ISO_8859_1);
        Matcher m = SYSTEM_ID.matcher(text);
        if (!m.find()) {
            return body;
        }
        StringBuilder b = new StringBuilder(text.length() + 64);
        m.reset();
        while (m.find()) {
            String id = m.group(3);
            String target = id.startsWith("http:") || id.startsWith("https:") ? trap.url() : trap.fileUri();
            m.appendReplacement(b, Matcher.quoteReplacement("SYSTEM" + m.group(1) + m.group(2) + target + m.group(2)));
        }
        m.appendTail(b);
        return b.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Fails when any output holds a line of a referenced local file or the trap's marker. */
    void assertNothingLeaked(String file, String output) {
        if (output == null) return;
        for (String marker : markers) {
            assertFalse(output.contains(marker), () -> "local file content leaked into output of " + file);
        }
    }

    /** Fails when someone connected to the trap socket. */
    void assertNoConnection(String file) {
        assertFalse(trap.connected(), () -> "parser connected to the trap URL for " + file);
    }
}
