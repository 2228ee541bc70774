package org.planflow.supervision.persistence;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.planflow.shared.Target;

/** An item's targets and a report's values as the jsonb columns keep them (plain records and numbers, no dates). */
final class TargetJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TargetJson() {
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Targets that cannot be written: " + value, e);
        }
    }

    static List<Target> targets(String json) {
        return read(json, new TypeReference<List<Target>>() { });
    }

    static Map<String, BigDecimal> values(String json) {
        return read(json, new TypeReference<LinkedHashMap<String, BigDecimal>>() { });
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable targets: " + json, e);
        }
    }
}
