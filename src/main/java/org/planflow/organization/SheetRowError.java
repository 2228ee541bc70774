package org.planflow.organization;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One problem of an imported organization workbook: the sheet, the row as Excel numbers it (0 for the
 * file or sheet as a whole), the column's header, and the problem as an {@link OrganizationProblem} code
 * with the values its wording needs.
 */
// problem is derived from code and values, so JSON that carries it back is read without it
@JsonIgnoreProperties(value = "problem", allowGetters = true)
public record SheetRowError(String sheet, int row, String column, String code, List<String> values) {

    public SheetRowError {
        values = List.copyOf(values);
    }

    /** The problem in English. */
    @JsonProperty("problem")
    public String problem() {
        return OrganizationProblem.valueOf(code).english(values);
    }

    @Override
    public String toString() {
        return row == 0 ? sheet + ": " + problem() : sheet + " row " + row + ", " + column + ": " + problem();
    }
}
