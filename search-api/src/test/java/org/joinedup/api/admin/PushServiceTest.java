package org.joinedup.api.admin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.joinedup.api.errors.BadParameterException;
import org.junit.jupiter.api.Test;

/** Push bodies: a bare {@code <job>} is wrapped for the crawler's job XML parser; JSON is read strictly. */
class PushServiceTest {

    private static String wrap(String xml) {
        return new String(PushService.wrapBareJob(xml.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Test
    void bareJobIsWrappedAfterTheDeclaration() {
        assertEquals("<?xml version=\"1.0\"?>\n<source><job><title>T</title></job></source>",
            wrap("<?xml version=\"1.0\"?>\n<job><title>T</title></job>"));
        assertEquals("  <source><job id=\"1\"><title>T</title></job></source>",
            wrap("  <job id=\"1\"><title>T</title></job>"));
    }

    @Test
    void documentsAndOtherRootsAreLeftAlone() {
        for (String xml : new String[] {"<source><job><title>T</title></job></source>", "<jobs><job/></jobs>",
            "<jobtitle>x</jobtitle>", "{\"title\":\"x\"}"}) {
            byte[] in = xml.getBytes(StandardCharsets.UTF_8);
            assertArrayEquals(in, PushService.wrapBareJob(in), xml);
        }
    }

    @Test
    void jsonBodiesNameTheBadField() {
        BadParameterException unknown = assertThrows(BadParameterException.class, () -> AdminJson.read(
            "{\"title\":\"T\",\"salery\":1}".getBytes(StandardCharsets.UTF_8), PushedVacancy.class));
        assertEquals("salery", unknown.parameter());
        BadParameterException type = assertThrows(BadParameterException.class, () -> AdminJson.read(
            "{\"title\":\"T\",\"locations\":[{\"lat\":\"north\"}]}".getBytes(StandardCharsets.UTF_8),
            PushedVacancy.class));
        assertEquals("locations[0].lat", type.parameter());
        BadParameterException broken = assertThrows(BadParameterException.class,
            () -> AdminJson.read("{\"title\":".getBytes(StandardCharsets.UTF_8), PushedVacancy.class));
        assertEquals("body", broken.parameter());
        assertEquals("T", AdminJson.read("{\"title\":\"T\"}".getBytes(StandardCharsets.UTF_8),
            PushedVacancy.class).title());
    }

    /** Found by PushBodyFuzzTest (issue 26): a null in a list made Posting's List.copyOf throw, a 500. */
    @Test
    void aNullInAListIsABadField() {
        String[][] cases = {{"employmentTypes", "{\"title\":\"T\",\"employmentTypes\":[null,\"part-time\"]}"},
            {"locations", "{\"title\":\"T\",\"locations\":[null]}"},
            {"occupations", "{\"title\":\"T\",\"occupations\":[{},null]}"}};
        for (String[] c : cases) {
            BadParameterException e = assertThrows(BadParameterException.class,
                () -> AdminJson.read(c[1].getBytes(StandardCharsets.UTF_8), PushedVacancy.class), c[1]);
            assertTrue(e.parameter().startsWith(c[0]), e.parameter());
        }
        // a list left out, or null as a whole, is no list (the posting makes it empty)
        assertNull(AdminJson.read("{\"title\":\"T\",\"locations\":null}".getBytes(StandardCharsets.UTF_8),
            PushedVacancy.class).locations());
    }
}
