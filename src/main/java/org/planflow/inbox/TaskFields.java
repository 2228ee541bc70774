package org.planflow.inbox;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.planflow.shared.FieldValueProblem;

/** Reads typed values from a task's submitted fields; a value of the wrong shape is a 400 naming its field. */
public final class TaskFields {

    private TaskFields() {
    }

    public static String string(Map<String, Object> fields, String key) {
        Object value = fields.get(key);
        return value == null ? null : value.toString();
    }

    public static List<String> strings(Map<String, Object> fields, String key) {
        Object value = fields.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || list.stream().anyMatch(item -> !(item instanceof String))) {
            throw FieldValueProblem.TEXTS_EXPECTED.at(key);
        }
        return list.stream().map(String.class::cast).toList();
    }

    public static Integer integer(Map<String, Object> fields, String key) {
        Object value = fields.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Number number && number.doubleValue() == number.intValue()) {
            return number.intValue();
        }
        throw FieldValueProblem.WHOLE_NUMBER_EXPECTED.at(key);
    }

    /** An ISO date such as 2026-12-01; null when absent. */
    public static LocalDate date(Map<String, Object> fields, String key) {
        Object value = fields.get(key);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.toString().strip());
        } catch (DateTimeParseException e) {
            throw FieldValueProblem.DATE_EXPECTED.at(key, value);
        }
    }

    /** A list of objects, such as [{"seq":1,"dueDate":"2027-06-30"}]; empty when absent. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> objects(Map<String, Object> fields, String key) {
        Object value = fields.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || list.stream().anyMatch(item -> !(item instanceof Map<?, ?>))) {
            throw FieldValueProblem.OBJECTS_EXPECTED.at(key);
        }
        return list.stream().map(item -> (Map<String, Object>) item).toList();
    }

    /** An object of ISO dates by name, such as {"start":"2027-01-01"}; empty when absent. */
    public static Map<String, LocalDate> dates(Map<String, Object> fields, String key) {
        Object value = fields.get(key);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw FieldValueProblem.DATES_EXPECTED.at(key);
        }
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        map.forEach((name, date) -> {
            String field = key + "." + name;
            if (date == null) {
                throw FieldValueProblem.DATE_EXPECTED.at(field, "");
            }
            dates.put(name.toString(), date(Map.of(field, date), field));
        });
        return dates;
    }
}
