package org.planflow.calendar;

import java.util.List;
import java.util.stream.Collectors;

import org.planflow.shared.InputProblem;
import org.planflow.shared.InvalidInputException;

/** A calendar file that breaks the rules on one or more lines; nothing of it was applied. */
public class CalendarImportException extends InvalidInputException {

    /** Only so many problems go into the message; {@link #errors()} has them all. */
    private static final int LINES_IN_MESSAGE = 20;

    private final List<LineProblem> problems;

    public CalendarImportException(List<LineProblem> problems) {
        super("file", message(problems));
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

    private static String message(List<LineProblem> problems) {
        String lines = problems.stream().limit(LINES_IN_MESSAGE)
                .map(problem -> "line " + problem.line() + ": " + problem.reason())
                .collect(Collectors.joining("; "));
        String more = problems.size() > LINES_IN_MESSAGE ? "; and " + (problems.size() - LINES_IN_MESSAGE) + " more" : "";
        return "The calendar file was refused and nothing was imported: " + lines + more;
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
