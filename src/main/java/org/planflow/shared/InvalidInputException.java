package org.planflow.shared;

import java.util.List;

/**
 * Input that breaks a rule (400), naming the offending field: a coded refusal ({@link CodedInputException}), or a
 * file's refusal with its problems line by line.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;

    protected InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** Item by item problems of a refused file (lines, rows), for clients to point at; empty for a single field. */
    public List<?> errors() {
        return List.of();
    }

    /** The problem as a code, for clients that word it in their user's language; null when the message is all there is. */
    public String code() {
        return null;
    }

    /** The values the wording of {@link #code()} takes, e.g. the file name. */
    public List<String> values() {
        return List.of();
    }
}
