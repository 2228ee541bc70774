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
        NO_FILE_NAME("The file has no name; import a .docx or .txt file"),
        UNSUPPORTED_TYPE("Unsupported file type: {0}; import a .docx or .txt file (save a .doc or .wps as .docx first)"),
        EMPTY("The file {0} is empty"),
        NOT_TEXT("The file {0} is not a text file but binary data (a program, a picture or an office file renamed to .txt); "
                + "import a .docx, or a .txt saved as plain text"),
        NOT_DOCX("The file {0} is not a readable .docx document"),
        OLD_WORD_FORMAT("The file {0} is an old Word (.doc) or WPS document named .docx; save it as .docx and import it again"),
        NO_TEXT("The file {0} contains no text");

        private final String english;

        Problem(String english) {
            this.english = english;
        }

        @Override
        public String pattern() {
            return english;
        }

        @Override
        public String bundle() {
            return "plan.import.problem";
        }
    }
}
