package org.planflow.importing;

import java.util.List;

import org.planflow.shared.FileRefusedException;

/**
 * A breakdown table refused for its rows, with every bad cell listed; a file refused before any row is read is a
 * {@link BreakdownFileProblem}.
 */
public class BreakdownImportException extends FileRefusedException {

    private final List<RowError> errors;

    BreakdownImportException(List<RowError> errors) {
        super("The breakdown table", errors.stream().map(RowError::toString).toList());
        this.errors = List.copyOf(errors);
    }

    /** Every bad cell in sheet order. */
    public List<RowError> errors() {
        return errors;
    }
}
