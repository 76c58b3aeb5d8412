package org.joinedup.api.admin;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import org.joinedup.api.errors.BadParameterException;
import org.joinedup.api.errors.JsonPath;
import org.joinedup.api.resources.ObjectMapperProvider;

/**
 * Reads admin request bodies strictly (unknown fields and wrong types are errors), turning every problem into a
 * 400 that names the field, e.g. {@code licence.id} or {@code locations[0].lat}.
 */
final class AdminJson {
    private static final ObjectMapper STRICT = ObjectMapperProvider.newMapper()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        // A null inside a list ("employmentTypes":[null]) is a wrong value naming the list, not an element the
        // posting's List.copyOf then threw on (a 500).
        .setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));

    private AdminJson() {
    }

    static <T> T read(byte[] body, Class<T> type) {
        if (body == null || body.length == 0) throw new BadParameterException("body", "a JSON object is required");
        try {
            T value = STRICT.readValue(body, type);
            if (value == null) throw new BadParameterException("body", "a JSON object is required");
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw new BadParameterException(JsonPath.of(e), "unknown field");
        } catch (JsonMappingException e) {
            String field = JsonPath.of(e);
            throw new BadParameterException(field.isEmpty() ? "body" : field, "wrong type or value");
        } catch (JsonProcessingException e) {
            throw new BadParameterException("body", "not valid JSON (line " + e.getLocation().getLineNr() + ")");
        } catch (IOException e) {
            throw new BadParameterException("body", "unreadable");
        }
    }
}
