package org.joinedup.api.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.joinedup.indexer.Facets;
import org.joinedup.indexer.Vacancy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The search parameters the OpenAPI document lists are exactly the ones {@link SearchParams} accepts (it answers
 * 400 "unknown parameter" to anything else), for the JSON search and the feeds, which share the parser.
 */
class OpenApiDocumentTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/vacancies", "/feeds/vacancies.rss", "/feeds/vacancies.atom"})
    void documentedQueryParametersAreTheAcceptedOnes(String path) throws Exception {
        JsonNode get = JSON.readTree(new OpenApiResource().document()).path("paths").path(path).path("get");
        assertTrue(get.has("parameters"), path + " is documented with parameters");
        Set<String> documented = new TreeSet<>();
        for (JsonNode p : get.get("parameters")) {
            assertEquals("query", p.path("in").asText(), path + ": " + p);
            documented.add(p.get("name").asText());
        }
        Set<String> accepted = new TreeSet<>(SearchParams.SINGLE);
        accepted.addAll(SearchParams.MULTI);
        assertEquals(accepted, documented, path);
        for (JsonNode p : get.get("parameters")) {
            boolean multi = SearchParams.MULTI.contains(p.get("name").asText());
            assertEquals(multi, "array".equals(p.path("schema").path("type").asText()),
                path + ": " + p.get("name") + " is documented as " + (multi ? "" : "not ") + "repeatable");
        }
        assertEquals(Vacancy.EMPLOYMENT_TYPES, enumOf(get, Facets.EMPLOYMENT_TYPE), path + " employmentType values");
        assertEquals(Vacancy.WORKPLACE_TYPES, enumOf(get, Facets.WORKPLACE_TYPE), path + " workplaceType values");
    }

    private static List<String> enumOf(JsonNode operation, String parameter) {
        List<String> out = new ArrayList<>();
        for (JsonNode p : operation.get("parameters")) {
            if (p.get("name").asText().equals(parameter)) p.path("schema").path("items").path("enum")
                .forEach(v -> out.add(v.asText()));
        }
        return out;
    }
}
