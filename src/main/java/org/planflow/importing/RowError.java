package org.planflow.importing;

import java.util.List;

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

    @Override
    public String toString() {
        return "row " + row + ", " + column + ": " + problem();
    }

    /** What can be wrong with a row; the English wording takes the values as {0}, {1}, … */
    public enum Problem implements InputProblem {
        SEQ_NOT_WHOLE_NUMBER("''{0}'' is not a whole number from 1"),
        TASK_EMPTY("the task is empty"),
        SCORE_NOT_NUMBER("''{0}'' is not a number"),
        SCORE_NEGATIVE("the score must not be negative"),
        DUE_NOT_DATE("''{0}'' is not a date such as 2026-06-30"),
        LEAD_UNIT_EMPTY("the lead unit is empty; every task needs a lead unit");

        private final String english;

        Problem(String english) {
            this.english = english;
        }

        @Override
        public String pattern() {
            return english;
        }

        @Override
        public String bundle() {
            return "plan.excel.problem";
        }
    }
}
