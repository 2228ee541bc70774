package org.planflow.shared;

/** Input that breaks a rule; names the offending field so the UI can show the message beside it. */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
