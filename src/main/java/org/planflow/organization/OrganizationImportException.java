package org.planflow.organization;

import java.util.List;

import org.planflow.shared.FileRefusedException;

/** An organization workbook refused as a whole: nothing of it was applied, and every bad row is listed. */
public class OrganizationImportException extends FileRefusedException {

    private final List<SheetRowError> errors;

    public OrganizationImportException(List<SheetRowError> errors) {
        super("The workbook", errors.stream().map(SheetRowError::toString).toList());
        this.errors = List.copyOf(errors);
    }

    /** Every problem in sheet and row order. */
    @Override
    public List<SheetRowError> errors() {
        return errors;
    }
}
