package org.planflow.security;

import java.util.Arrays;
import java.util.List;

import org.planflow.shared.CodedConflictException;
import org.planflow.shared.InputProblem;

/**
 * What issuing and revoking API tokens refuses; the API answers the English wording with the field (400, or 409
 * for a clash with a token that exists), the views word the code as {@code apitoken.problem.<CODE>}.
 */
public enum ApiTokenProblem implements InputProblem {
    REQUIRED("this is required"),
    TOO_LONG("this is longer than {0} characters"),
    ACCOUNT_UNKNOWN("no account has the username ''{0}''"),
    ACCOUNT_DISABLED("the account {0} is disabled: its tokens would not work"),
    NAME_TAKEN("{0} has a token named ''{1}'' already");

    private final String pattern;

    ApiTokenProblem(String pattern) {
        this.pattern = pattern;
    }

    @Override
    public String pattern() {
        return pattern;
    }

    /** The refusal (409) of the named field's value, which clashes with what exists. */
    public CodedConflictException conflictAt(String field, Object... values) {
        List<String> texts = Arrays.stream(values).map(String::valueOf).toList();
        return new CodedConflictException(field, name(), field + ": " + english(texts), texts);
    }
}
