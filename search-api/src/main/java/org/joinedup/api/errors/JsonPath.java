package org.joinedup.api.errors;

import com.fasterxml.jackson.databind.JsonMappingException;

/** Where in a JSON or YAML document Jackson failed, written as {@code sources[2].url} or {@code licence.id}. */
public final class JsonPath {
    private JsonPath() {
    }

    /** The path of the failing member; empty at the top level. */
    public static String of(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (!sb.isEmpty()) sb.append('.');
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
