package org.joinedup.api.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.joinedup.api.config.SourceInput;
import org.joinedup.api.persistence.SourceRecord;
import org.joinedup.api.resources.ObjectMapperProvider;
import org.junit.jupiter.api.Test;

/** The admin API's source JSON, member by member and in order, as the OpenAPI description and admin page read it. */
class SourceViewJsonTest {
    private static final Instant CREATED = Instant.parse("2026-11-02T10:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-03T10:00:00Z");

    @Test
    void aDemoSourceKeepsItsUrlAsWrittenAndItsScheduleAsADuration() throws Exception {
        SourceRecord r = new SourceRules(true).toRecord(new SourceInput("demo", "Eastmoor Council",
            "{self}/demo/feed.xml", "FEED", "Devon", "GB", "en-GB",
            new SourceInput.LicenceInput("OGL-UK-3.0", "Contains ..."), "PT2H", false, null), null, CREATED);
        String json = ObjectMapperProvider.newMapper().writeValueAsString(SourceView.of(r.withPaused(true, NOW)));
        assertEquals("{\"id\":\"demo\",\"council\":\"Eastmoor Council\",\"url\":\"{self}/demo/feed.xml\","
            + "\"format\":\"FEED\",\"region\":\"Devon\",\"country\":\"GB\",\"language\":\"en-GB\","
            + "\"licence\":{\"id\":\"OGL-UK-3.0\",\"attribution\":\"Contains ...\"},\"schedule\":\"PT2H\","
            + "\"fullSnapshot\":false,\"enabled\":true,\"paused\":true,\"status\":\"paused\",\"origin\":\"admin\","
            + "\"createdAt\":\"2026-11-02T10:00:00Z\",\"updatedAt\":\"2026-11-03T10:00:00Z\","
            + "\"health\":\"/api/v1/admin/sources/demo/health\"}", json);
    }

    @Test
    void aPushSourceHasNoUrlMember() throws Exception {
        SourceRecord r = new SourceRules(false).toRecord(new SourceInput("harbour", "Harbour", null, "PUSH", null,
            null, null, new SourceInput.LicenceInput("CC-BY-4.0", null), null, null, null), null, CREATED);
        assertEquals("{\"id\":\"harbour\",\"council\":\"Harbour\",\"format\":\"PUSH\","
            + "\"licence\":{\"id\":\"CC-BY-4.0\",\"attribution\":\"\"},\"schedule\":\"PT1H\",\"fullSnapshot\":true,"
            + "\"enabled\":true,\"paused\":false,\"status\":\"push\",\"origin\":\"admin\","
            + "\"createdAt\":\"2026-11-02T10:00:00Z\",\"updatedAt\":\"2026-11-02T10:00:00Z\","
            + "\"health\":\"/api/v1/admin/sources/harbour/health\"}",
            ObjectMapperProvider.newMapper().writeValueAsString(SourceView.of(r)));
    }
}
