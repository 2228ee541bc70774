package org.planflow.importing;

import java.util.List;
import java.util.stream.Collectors;

import org.planflow.shared.InvalidInputException;

/** A breakdown table that was refused as a whole: either the file itself or the listed rows are wrong. */
public class BreakdownImportException extends InvalidInputException {

    /** Only so many rows go into the message; {@link #errors()} has them all. */
    private static final int ROWS_IN_MESSAGE = 20;

    private final List<RowError> errors;

    /** The file as a whole is wrong (not a workbook, no header row, no rows); there are no row errors. */
    public BreakdownImportException(String message) {
        super("file", message);
        this.errors = List.of();
    }

    public BreakdownImportException(List<RowError> errors) {
        super("file", message(errors));
        this.errors = List.copyOf(errors);
    }

    /** Every bad cell in sheet order; empty when the file as a whole was refused. */
    public List<RowError> errors() {
        return errors;
    }

    private static String message(List<RowError> errors) {
        String rows = errors.stream().limit(ROWS_IN_MESSAGE).map(RowError::toString).collect(Collectors.joining("; "));
        String more = errors.size() > ROWS_IN_MESSAGE ? "; and " + (errors.size() - ROWS_IN_MESSAGE) + " more" : "";
        return "The breakdown table was refused and nothing was imported: " + rows + more;
    }
}
