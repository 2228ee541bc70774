package org.planflow.shared;

/** What every upload of a file to keep refuses; worded for the views as {@code upload.problem.<CODE>}. */
public enum UploadProblem implements InputProblem {
    FILE_TYPE_NOT_ACCEPTED,
    /** A file refused for its rows or lines ({@link FileRefusedException}); the value is how many problems it has. */
    FILE_REFUSED;

    @Override
    public String bundle() {
        return "upload.problem";
    }
}
