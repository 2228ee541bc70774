package org.planflow.importing;

import java.util.List;
import java.util.stream.Collectors;

import org.planflow.shared.InvalidInputException;

/**
 * A breakdown table refused for its rows, with every bad cell listed; a file refused before any row is read is a
 * {@link BreakdownFileProblem}.
 */
public class BreakdownImportException extends InvalidInputException {

    /** Only so many rows go into the message; {@link #errors()} has them all. */
    private static final int ROWS_IN_MESSAGE = 20;

    private final List<RowError> errors;

    BreakdownImportException(List<RowError> errors) {
        super(BreakdownFileProblem.FIELD, message(errors));
        this.errors = List.copyOf(errors);
    }

    /** Every bad cell in sheet order. */
    public List<RowError> errors() {
        return errors;
    }

    private static String message(List<RowError> errors) {
        String rows = errors.stream().limit(ROWS_IN_MESSAGE).map(RowError::toString).collect(Collectors.joining("; "));
        String more = errors.size() > ROWS_IN_MESSAGE ? "; and " + (errors.size() - ROWS_IN_MESSAGE) + " more" : "";
        return "The breakdown table was refused and nothing was imported: " + rows + more;
    }
}
