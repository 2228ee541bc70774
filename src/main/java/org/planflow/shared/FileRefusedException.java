package org.planflow.shared;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A file refused as a whole for its rows or lines: nothing of it was applied, and {@link #errors()} lists every
 * problem, each coded. The refusal itself is {@link UploadProblem#FILE_REFUSED} with the number of problems.
 */
public abstract class FileRefusedException extends InvalidInputException {

    public static final String FIELD = "file";
    /** Only so many problems go into the message; {@link #errors()} has them all. */
    private static final int PROBLEMS_IN_MESSAGE = 20;

    private final int problems;

    /** {@code file} names the kind of file in the English message, e.g. "The workbook". */
    protected FileRefusedException(String file, List<String> problems) {
        super(FIELD, message(file, problems));
        this.problems = problems.size();
    }

    @Override
    public String code() {
        return UploadProblem.FILE_REFUSED.name();
    }

    @Override
    public List<String> values() {
        return List.of(String.valueOf(problems));
    }

    private static String message(String file, List<String> problems) {
        String listed = problems.stream().limit(PROBLEMS_IN_MESSAGE).collect(Collectors.joining("; "));
        String more = problems.size() > PROBLEMS_IN_MESSAGE ? "; and " + (problems.size() - PROBLEMS_IN_MESSAGE) + " more" : "";
        return file + " was refused and nothing was imported: " + listed + more;
    }
}
