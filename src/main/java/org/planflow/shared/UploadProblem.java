package org.planflow.shared;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What every upload of a file to keep refuses; worded for the views as {@code upload.problem.<CODE>}. */
public enum UploadProblem {
    FILE_TYPE_NOT_ACCEPTED("the file {0} is not of a type that may be uploaded; accepted: {1}");

    private final String english;

    UploadProblem(String english) {
        this.english = english;
    }

    public String english(List<String> values) {
        return new MessageFormat(english, Locale.ROOT).format(values.toArray());
    }

    public CodedInputException at(String field, Object... values) {
        List<String> texts = Arrays.stream(values).map(String::valueOf).toList();
        return new CodedInputException(field, name(), field + ": " + english(texts), texts);
    }

    /** The problem a refusal names, if it is one of these. */
    public static Optional<UploadProblem> of(CodedRefusal refusal) {
        return Arrays.stream(values()).filter(problem -> problem.name().equals(refusal.code())).findFirst();
    }
}
