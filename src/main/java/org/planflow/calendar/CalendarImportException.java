package org.planflow.calendar;

import java.util.List;

import org.planflow.shared.FileRefusedException;
import org.planflow.shared.InputProblem;

/** A calendar file that breaks the rules on one or more lines; nothing of it was applied. */
public class CalendarImportException extends FileRefusedException {

    private final List<LineProblem> problems;

    public CalendarImportException(List<LineProblem> problems) {
        super("The calendar file", problems.stream().map(problem -> "line " + problem.line() + ": " + problem.reason()).toList());
        this.problems = List.copyOf(problems);
    }

    /** Every refused line with its reason in English, in file order. */
    public List<LineError> errors() {
        return problems.stream().map(LineProblem::error).toList();
    }

    /** The same lines as codes and values, for a user interface that words them in the user's language. */
    public List<LineProblem> problems() {
        return problems;
    }

    /** One refused line of the file, counted from 1 (the header). */
    public record LineError(int line, String reason) {
    }

    /** One refused line as a {@link Problem} and the values its wording needs, e.g. the bad date. */
    public record LineProblem(int line, Problem problem, List<String> values) {

        public LineProblem(int line, Problem problem, String... values) {
            this(line, problem, List.of(values));
        }

        public String reason() {
            return problem.english(values);
        }

        LineError error() {
            return new LineError(line, reason());
        }
    }

    /** What can be wrong with a line (or a day set by hand); the English wording takes the line's values as {0}, {1}, … */
    public enum Problem implements InputProblem {
        NOT_UTF8,
        MISSING_HEADER,
        EMPTY_FILE,
        NO_DAYS,
        TOO_MANY_DAYS,
        COLUMN_COUNT,
        BAD_DATE,
        UNKNOWN_KIND,
        YEAR_OUT_OF_RANGE,
        HOLIDAY_WITHOUT_NAME,
        NAME_TOO_LONG,
        WORKDAY_ON_WEEKDAY,
        DUPLICATE_DATE;

        @Override
        public String bundle() {
            return "calendar.import.problem";
        }
    }
}
