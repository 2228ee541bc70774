package org.planflow.importing;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.planflow.shared.InputProblem;

/**
 * One problem in an imported breakdown table: the row as Excel numbers it, the column's header, and
 * the problem as a {@link Problem} name with the values its wording needs, e.g. the bad cell's text.
 */
// problem is derived from code and values, so JSON that carries it back is read without it
@JsonIgnoreProperties(value = "problem", allowGetters = true)
public record RowError(int row, String column, String code, List<String> values) {

    public RowError {
        values = List.copyOf(values);
    }

    RowError(int row, String column, Problem problem, String... values) {
        this(row, column, problem.name(), List.of(values));
    }

    /** The problem in English. */
    @JsonProperty("problem")
    public String problem() {
        return Problem.valueOf(code).english(values);
    }

    /** The bundle key that words the problem in the user's language. */
    @JsonIgnore
    public String translationKey() {
        return Problem.valueOf(code).translationKey();
    }

    @Override
    public String toString() {
        return "row " + row + ", " + column + ": " + problem();
    }

    /** What can be wrong with a row; the wording takes the values as {0}, {1}, … */
    public enum Problem implements InputProblem {
        SEQ_NOT_WHOLE_NUMBER,
        TASK_EMPTY,
        SCORE_NOT_NUMBER,
        SCORE_NEGATIVE,
        DUE_NOT_DATE,
        LEAD_UNIT_EMPTY,
        CADENCE_UNKNOWN,
        MILESTONE_NOT_READ,
        TARGET_NOT_READ;

        @Override
        public String bundle() {
            return "plan.excel.problem";
        }
    }
}
