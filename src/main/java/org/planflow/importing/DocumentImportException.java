package org.planflow.importing;

import java.util.List;

import org.planflow.shared.CodedRefusal;
import org.planflow.shared.InputProblem;
import org.planflow.shared.InvalidInputException;

/** A plan document that cannot be imported at all: wrong type, empty, not text, unreadable or without text. */
public class DocumentImportException extends InvalidInputException implements CodedRefusal {

    private final Problem problem;
    private final List<String> values;

    DocumentImportException(Problem problem, String... values) {
        super("file", problem.english(List.of(values)));
        this.problem = problem;
        this.values = List.of(values);
    }

    DocumentImportException(Throwable cause, Problem problem, String... values) {
        this(problem, values);
        initCause(cause);
    }

    @Override
    public Problem problem() {
        return problem;
    }

    @Override
    public String code() {
        return problem.name();
    }

    @Override
    public List<String> values() {
        return values;
    }

    /** Why a file was refused; the English wording takes the values as {0}, {1}, … ({0} is the file name where there is one). */
    public enum Problem implements InputProblem {
        NO_FILE_NAME,
        UNSUPPORTED_TYPE,
        EMPTY,
        NOT_TEXT,
        NOT_DOCX,
        OLD_WORD_FORMAT,
        NO_TEXT;

        @Override
        public String bundle() {
            return "plan.import.problem";
        }
    }
}
