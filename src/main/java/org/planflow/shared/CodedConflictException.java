package org.planflow.shared;

import java.util.List;

/** An action that clashes with what exists or has happened (409), with the field, its problem code and values. */
public class CodedConflictException extends ConflictException implements CodedRefusal {

    private final String field;
    private final String code;
    private final List<String> values;

    public CodedConflictException(String field, String code, String message, List<String> values) {
        super(message);
        this.field = field;
        this.code = code;
        this.values = List.copyOf(values);
    }

    @Override
    public String field() {
        return field;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public List<String> values() {
        return values;
    }
}
