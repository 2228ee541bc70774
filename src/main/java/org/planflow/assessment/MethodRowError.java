package org.planflow.assessment;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One problem of an uploaded assessment method: the row as Excel numbers it, the column's header, the code and its values. */
public record MethodRowError(int row, String column, String code, List<String> values) {

    public MethodRowError {
        values = List.copyOf(values);
    }

    /** The problem in English. */
    @JsonProperty("problem")
    public String problem() {
        return AssessmentProblem.valueOf(code).english(values);
    }

    /** The bundle key that words the problem in the user's language. */
    @JsonIgnore
    public String translationKey() {
        return AssessmentProblem.valueOf(code).translationKey();
    }

    @Override
    public String toString() {
        return "row " + row + ", " + column + ": " + problem();
    }
}
