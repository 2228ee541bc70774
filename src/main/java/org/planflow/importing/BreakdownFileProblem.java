package org.planflow.importing;

import org.planflow.shared.FileRefusedException;
import org.planflow.shared.InputProblem;

/**
 * Why a breakdown table's file is refused as a whole, before any row is read (a bad row is a {@link RowError});
 * worded as {@code plan.excel.file.problem.<CODE>}, refused as the field {@code file}.
 */
public enum BreakdownFileProblem implements InputProblem {
    FILE_EMPTY,
    NOT_XLSX,
    OLD_XLS,
    NO_SHEET,
    /** Values: the headers of a table PlanFlow writes. */
    NO_HEADER,
    /** Values: the most rows a table may have. */
    TOO_MANY_ROWS,
    NO_TASKS;

    /** The field a refusal of the file names. */
    static final String FIELD = FileRefusedException.FIELD;

    @Override
    public String bundle() {
        return "plan.excel.file.problem";
    }

    RuntimeException refusal(Object... values) {
        return at(FIELD, values);
    }
}
