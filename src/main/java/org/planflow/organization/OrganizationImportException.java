package org.planflow.organization;

import java.util.List;
import java.util.stream.Collectors;

import org.planflow.shared.InvalidInputException;

/** An organization workbook refused as a whole: nothing of it was applied, and every bad row is listed. */
public class OrganizationImportException extends InvalidInputException {

    /** Only so many rows go into the message; {@link #errors()} has them all. */
    private static final int ROWS_IN_MESSAGE = 20;

    private final List<SheetRowError> errors;

    public OrganizationImportException(List<SheetRowError> errors) {
        super("file", message(errors));
        this.errors = List.copyOf(errors);
    }

    /** Every problem in sheet and row order. */
    @Override
    public List<SheetRowError> errors() {
        return errors;
    }

    private static String message(List<SheetRowError> errors) {
        String rows = errors.stream().limit(ROWS_IN_MESSAGE).map(SheetRowError::toString).collect(Collectors.joining("; "));
        String more = errors.size() > ROWS_IN_MESSAGE ? "; and " + (errors.size() - ROWS_IN_MESSAGE) + " more" : "";
        return "The workbook was refused and nothing was imported: " + rows + more;
    }
}
