package org.planflow.shared;

import java.util.List;

/** Input that breaks a rule (400), with its problem code and values. */
public class CodedInputException extends InvalidInputException implements CodedRefusal {

    private final String code;
    private final List<String> values;

    public CodedInputException(String field, String code, String message, List<String> values) {
        super(field, message);
        this.code = code;
        this.values = List.copyOf(values);
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
