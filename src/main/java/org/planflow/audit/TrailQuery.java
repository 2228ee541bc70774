package org.planflow.audit;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Which events of the administration trail to show: of one category or all, by one actor (a username) or anyone,
 * about one subject ({@code unit:fgw}, {@code user:staff-fgw}), one kind of subject ({@code unit:}) or anything.
 */
public record TrailQuery(AuditCategory category, String actor, String subject) {

    public static final TrailQuery ALL = new TrailQuery(null, null, null);

    public TrailQuery {
        actor = blankToNull(actor);
        subject = blankToNull(subject);
    }

    /** From the API's parameters; an unknown category is refused naming {@code category}. */
    public static TrailQuery of(String category, String actor, String subject) {
        return new TrailQuery(category(category), actor, subject);
    }

    private static AuditCategory category(String value) {
        String name = blankToNull(value);
        if (name == null) {
            return null;
        }
        return Arrays.stream(AuditCategory.values()).filter(category -> category.name().equals(name.toUpperCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> AuditProblem.CATEGORY_UNKNOWN.at("category", name,
                        Arrays.stream(AuditCategory.values()).map(Enum::name).collect(Collectors.joining(", "))));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
