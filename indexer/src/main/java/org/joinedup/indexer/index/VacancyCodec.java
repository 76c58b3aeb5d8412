package org.joinedup.indexer.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.joinedup.indexer.Vacancy;

/**
 * Stores a whole {@link Vacancy} as JSON in the index, so a hit or a detail page needs no second store.
 * Internal to the indexer.
 */
final class VacancyCodec {
    private static final ObjectMapper JSON = JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        // Old documents must stay readable after fields are added to the record.
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .build();

    private VacancyCodec() {
    }

    /** JSON bytes of a vacancy. */
    public static byte[] encode(Vacancy v) {
        try {
            return JSON.writeValueAsBytes(v);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode vacancy " + v.id(), e);
        }
    }

    /** The vacancy stored as JSON bytes. */
    public static Vacancy decode(byte[] bytes, int offset, int length) {
        try {
            return JSON.readValue(bytes, offset, length, Vacancy.class);
        } catch (IOException e) {
            throw new UncheckedIOException("stored vacancy is unreadable", e);
        }
    }
}
