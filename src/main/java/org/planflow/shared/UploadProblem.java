package org.planflow.shared;

/** What every upload of a file to keep refuses; worded for the views as {@code upload.problem.<CODE>}. */
public enum UploadProblem implements InputProblem {
    FILE_TYPE_NOT_ACCEPTED("the file {0} is not of a type that may be uploaded; accepted: {1}");

    private final String pattern;

    UploadProblem(String pattern) {
        this.pattern = pattern;
    }

    @Override
    public String bundle() {
        return "upload.problem";
    }

    @Override
    public String pattern() {
        return pattern;
    }
}
