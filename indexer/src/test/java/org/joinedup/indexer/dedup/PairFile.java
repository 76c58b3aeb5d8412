package org.joinedup.indexer.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.joinedup.indexer.Vacancy;

/**
 * Reads and writes the labelled set: JSON Lines, one object per pair with {@code id, kind, label (dup|distinct),
 * a, b}; a and b hold the vacancy fields dedup looks at.
 */
final class PairFile {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant SEEN = Instant.parse("2025-01-01T00:00:00Z");
    private static final Vacancy.Licence LICENCE = new Vacancy.Licence("test", "labelled set");

    private PairFile() {
    }

    static List<LabelledPair> read(BufferedReader in) throws IOException {
        List<LabelledPair> out = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) continue;
            JsonNode n = JSON.readTree(line);
            String label = n.path("label").asText();
            if (!label.equals("dup") && !label.equals("distinct")) {
                throw new IOException("pair " + n.path("id").asText() + ": label must be dup or distinct");
            }
            out.add(new LabelledPair(n.path("id").asText(), n.path("kind").asText(), label.equals("dup"),
                vacancy(n.path("a")), vacancy(n.path("b"))));
        }
        return out;
    }

    static String line(LabelledPair p) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", p.id());
        n.put("kind", p.kind());
        n.put("label", p.duplicate() ? "dup" : "distinct");
        n.set("a", json(p.a()));
        n.set("b", json(p.b()));
        try {
            return JSON.writeValueAsString(n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode json(Vacancy v) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", v.id()).put("sourceId", v.sourceId()).put("sourceRef", v.sourceRef()).put("title", v.title())
            .put("employer", v.employer().name()).put("department", v.department());
        Vacancy.Location l = v.locations().isEmpty() ? null : v.locations().getFirst();
        if (l != null) {
            n.put("locality", l.locality()).put("region", l.region()).put("country", l.country());
        }
        n.putPOJO("employmentTypes", v.employmentTypes());
        if (v.salary() != null) n.set("salary", JSON.valueToTree(v.salary()));
        n.put("datePosted", v.datePosted() == null ? null : v.datePosted().toString());
        n.put("validThrough", v.validThrough() == null ? null : v.validThrough().toString());
        n.put("language", v.language());
        n.put("descriptionText", v.descriptionText());
        return n;
    }

    private static Vacancy vacancy(JsonNode n) throws IOException {
        List<Vacancy.Location> locs = n.hasNonNull("locality") || n.hasNonNull("region") || n.hasNonNull("country")
            ? List.of(new Vacancy.Location(text(n, "locality"), text(n, "region"), null, text(n, "country"), null,
                null))
            : List.of();
        List<String> types = new ArrayList<>();
        n.path("employmentTypes").forEach(t -> types.add(t.asText()));
        Vacancy.Salary salary = n.hasNonNull("salary") ? JSON.treeToValue(n.get("salary"), Vacancy.Salary.class) : null;
        return new Vacancy(n.path("id").asText(), n.path("sourceId").asText(), n.path("sourceRef").asText(), null,
            null, text(n, "title"), null, text(n, "descriptionText"), text(n, "language"),
            new Vacancy.Employer(n.path("employer").asText(), null), text(n, "department"), locs, null, types, salary,
            List.of(), date(n, "datePosted"), date(n, "validThrough"), null, Vacancy.Lifecycle.seenNow(SEEN), null,
            LICENCE);
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    private static LocalDate date(JsonNode n, String field) {
        return n.hasNonNull(field) ? LocalDate.parse(n.get(field).asText()) : null;
    }
}
