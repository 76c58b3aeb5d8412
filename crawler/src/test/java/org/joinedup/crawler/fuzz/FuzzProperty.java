package org.joinedup.crawler.fuzz;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.joinedup.crawler.ParseException;
import org.joinedup.crawler.Posting;

/**
 * The property every parser fuzz target checks: a body gives postings or a {@link ParseException} with a
 * reason, never leaks the content of a local file and never opens a connection. Inputs may carry the
 * {@link ExfiltrationTrap} placeholders, so committed seeds can aim external entities at real targets.
 * Everything else (any other exception or error, a hang) is left to escape, so Jazzer reports it.
 */
final class FuzzProperty {
    private static final ExfiltrationTrap TRAP = ExfiltrationTrap.INSTANCE;

    private FuzzProperty() {
    }

    /** A parse step under test. */
    @FunctionalInterface
    interface Parse {
        List<Posting> run(byte[] body) throws ParseException;
    }

    /** Runs one input through a parser and checks the property; returns the postings (empty on refusal). */
    static List<Posting> check(byte[] input, Parse parse) {
        byte[] body = TRAP.arm(input);
        // Jazzer learns the marker from our own contains() checks and splices it into inputs; a marker that
        // came in with the input is echoed text, not a file read.
        boolean echoed = echoes(body, StandardCharsets.ISO_8859_1) || echoes(body, StandardCharsets.UTF_16LE)
            || echoes(body, StandardCharsets.UTF_16BE);
        List<Posting> out;
        try {
            out = parse.run(body);
        } catch (ParseException e) {
            require(!e.reason().isBlank(), "blank ParseException reason");
            require(echoed || !e.reason().contains(TRAP.marker()), "marker file content in the reason: " + e.reason());
            out = List.of();
        }
        require(out != null, "parser returned null");
        for (Posting p : out) {
            require(echoed || !p.toString().contains(TRAP.marker()), "marker file content in a posting: " + p);
        }
        require(!TRAP.connected(), "a parser opened a connection to " + TRAP.url());
        return out;
    }

    private static boolean echoes(byte[] body, Charset cs) {
        return new String(body, cs).contains(TRAP.marker());
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new AssertionError(message);
        }
    }
}
