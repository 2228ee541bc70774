package org.planflow.audit;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.planflow.shared.CodedInputException;

/** What reading the administration trail refuses; worded for the views as {@code trail.problem.<CODE>}. */
public enum AuditProblem {
    CATEGORY_UNKNOWN("{0} is no category of the trail; use one of {1}"),
    PAGE_INVALID("page must be 0 or more and size 1 to {0}");

    private final String english;

    AuditProblem(String english) {
        this.english = english;
    }

    public String english(List<String> values) {
        return new MessageFormat(english, Locale.ROOT).format(values.toArray());
    }

    public CodedInputException at(String field, Object... values) {
        List<String> texts = Arrays.stream(values).map(String::valueOf).toList();
        return new CodedInputException(field, name(), field + ": " + english(texts), texts);
    }
}
