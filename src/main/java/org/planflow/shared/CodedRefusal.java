package org.planflow.shared;

import java.util.List;
import java.util.Map;

/**
 * A refusal with its problem and the values its wording takes, so the API answers the code beside the English
 * wording and the views word it in the user's language beside the field.
 */
public interface CodedRefusal {

    /** The refused field, or null where the request as a whole is refused. */
    String field();

    InputProblem problem();

    List<String> values();

    default String code() {
        return problem().name();
    }

    default String translationKey() {
        return problem().translationKey();
    }

    /** What the API answers beside the code and values, e.g. a busy unit's open work. */
    default Map<String, Object> details() {
        return Map.of();
    }
}
