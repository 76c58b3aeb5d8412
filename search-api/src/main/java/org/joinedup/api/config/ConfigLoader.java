package org.joinedup.api.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.joinedup.api.errors.JsonPath;

/**
 * Reads the YAML configuration file once into an {@link AppConfig}. Unknown keys, wrong types and invalid
 * values all end in one {@link ConfigException} whose problems name their key paths.
 */
public final class ConfigLoader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private ConfigLoader() {
    }

    /**
     * Loads and validates a config file; relative paths in it resolve against its directory.
     *
     * @throws ConfigException when the file is unreadable or invalid
     */
    public static AppConfig load(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(abs)) {
            throw new ConfigException(abs.toString(), List.of("file not found"));
        }
        String text;
        try {
            text = Files.readString(abs);
        } catch (IOException e) {
            throw new ConfigException(abs.toString(), List.of("cannot read: " + e.getMessage()));
        }
        return parse(text, abs.getParent(), abs.toString());
    }

    /** Parses config text; {@code baseDir} is where relative paths resolve. */
    public static AppConfig parse(String yaml, Path baseDir, String name) {
        if (yaml.isBlank()) {
            throw new ConfigException(name, List.of("the file is empty"));
        }
        RawConfig raw;
        try {
            raw = YAML.readValue(yaml, RawConfig.class);
        } catch (JsonProcessingException e) {
            throw new ConfigException(name, List.of(describe(e)));
        }
        if (raw == null) {
            throw new ConfigException(name, List.of("the file is empty"));
        }
        return new ConfigValidator(baseDir).validate(raw, name);
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return keyPath(u) + ": unknown key";
        }
        if (e instanceof InvalidFormatException f) {
            return keyPath(f) + ": cannot read '" + f.getValue() + "' as " + typeName(f.getTargetType());
        }
        if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            return keyPath(m) + ": wrong type, expected " + typeName(m.getTargetType());
        }
        var loc = e.getLocation();
        return (loc == null ? "" : "line " + loc.getLineNr() + ": ") + "not valid YAML: " + e.getOriginalMessage();
    }

    private static String typeName(Class<?> type) {
        if (type == null) return "another type";
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) return "a number";
        if (type == Boolean.class || type == boolean.class) return "true or false";
        if (type == String.class) return "a text value";
        if (List.class.isAssignableFrom(type)) return "a list";
        return "a mapping";
    }

    /** Turns Jackson's reference path into {@code sources[2].url}. */
    static String keyPath(JsonMappingException e) {
        String path = JsonPath.of(e);
        return path.isEmpty() ? "(top level)" : path;
    }
}
