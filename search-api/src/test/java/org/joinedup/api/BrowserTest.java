package org.joinedup.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** A missing browser skips the browser tests locally but fails them under CI=true. */
class BrowserTest {

    @Test
    void missingBrowserFailsUnderCiAndSkipsLocally(@TempDir Path dir) {
        Path missing = dir.resolve("chromium");
        AssertionFailedError ci = assertThrows(AssertionFailedError.class,
            () -> Browser.assumeInstalled("true", missing));
        assertTrue(ci.getMessage().contains("CI=true") && ci.getMessage().contains(missing.toString()),
            ci.getMessage());
        assertThrows(TestAbortedException.class, () -> Browser.assumeInstalled(null, missing));
        assertThrows(TestAbortedException.class, () -> Browser.assumeInstalled("false", missing));
    }

    @Test
    void installedProgramsPass() {
        assertDoesNotThrow(() -> Browser.assumeInstalled("true", Path.of("/bin/sh")));
    }
}
