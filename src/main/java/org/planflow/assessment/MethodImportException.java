package org.planflow.assessment;

import java.util.List;

import org.planflow.shared.FileRefusedException;

/** An assessment method's workbook refused for its rows: nothing of it was kept, and every bad cell is listed. */
public class MethodImportException extends FileRefusedException {

    private final List<MethodRowError> errors;

    MethodImportException(List<MethodRowError> errors) {
        super("The assessment method", errors.stream().map(MethodRowError::toString).toList());
        this.errors = List.copyOf(errors);
    }

    /** Every bad cell in sheet order. */
    @Override
    public List<MethodRowError> errors() {
        return errors;
    }
}
