package org.planflow.shared;

import java.util.Arrays;
import java.util.Optional;

/** What every upload of a file to keep refuses; worded for the views as {@code upload.problem.<CODE>}. */
public enum UploadProblem implements InputProblem {
    FILE_TYPE_NOT_ACCEPTED("the file {0} is not of a type that may be uploaded; accepted: {1}");

    private final String pattern;

    UploadProblem(String pattern) {
        this.pattern = pattern;
    }

    @Override
    public String pattern() {
        return pattern;
    }

    /** The problem a refusal names, if it is one of these. */
    public static Optional<UploadProblem> of(CodedRefusal refusal) {
        return Arrays.stream(values()).filter(problem -> problem.name().equals(refusal.code())).findFirst();
    }
}
