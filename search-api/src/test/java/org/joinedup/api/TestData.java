package org.joinedup.api;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The repository's test files (testdata/ at the repository root; provenance and licences in testdata/SOURCES.md).
 * The build passes the folder as {@value #PROPERTY}; run from an IDE without it, the folder is looked up from the
 * working directory to the repository root (the folder holding mvnw) and no further. A missing file fails the
 * test that asked for it: test data is part of the repository, never optional.
 */
public final class TestData {
    public static final String PROPERTY = "joinedup.testdata";
    private static final Path ROOT = locate();

    private TestData() {
    }

    /** The testdata folder itself. */
    public static Path root() {
        return ROOT;
    }

    /** A file or folder under testdata/, which must exist. */
    public static Path path(String relative) {
        Path p = ROOT.resolve(relative).normalize();
        if (!p.startsWith(ROOT)) throw new IllegalArgumentException(relative + " is outside testdata/");
        if (!Files.exists(p)) {
            throw new IllegalStateException("test file missing: " + p + " (see testdata/SOURCES.md)");
        }
        return p;
    }

    private static Path locate() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null) {
            Path p = Path.of(configured).toAbsolutePath().normalize();
            if (!Files.isRegularFile(p.resolve("SOURCES.md"))) {
                throw new IllegalStateException("-D" + PROPERTY + "=" + configured + " is not the testdata folder");
            }
            return p;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("testdata/SOURCES.md"))) return dir.resolve("testdata");
            if (Files.exists(dir.resolve("mvnw"))) break;
        }
        throw new IllegalStateException("testdata/ not found from " + Path.of("").toAbsolutePath()
            + " up to the repository root; run through ./mvnw or set -D" + PROPERTY);
    }
}
