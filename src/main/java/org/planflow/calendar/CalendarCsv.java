package org.planflow.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.planflow.calendar.CalendarImportException.LineProblem;
import org.planflow.calendar.CalendarImportException.Problem;

/**
 * Reads a calendar file in the format of the State Council data ({@code date,kind,name}, UTF-8) and
 * checks every line before anything is applied, so one bad line refuses the whole file.
 */
final class CalendarCsv {

    static final String HEADER = "date,kind,name";
    /** Several years of holidays are a few hundred lines; anything much larger is the wrong file. */
    static final int MAX_DAYS = 5000;

    private CalendarCsv() {
    }

    /** The days of the file; throws {@link CalendarImportException} naming every bad line. */
    static List<CalendarDay> parse(InputStream csv) {
        List<CalendarDay> days = new ArrayList<>();
        List<LineProblem> errors = new ArrayList<>();
        Map<LocalDate, Integer> seenOn = new HashMap<>();
        // Strict UTF-8: a file saved by Excel in GBK is refused instead of importing garbled names.
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        int number = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, decoder))) {
            String line;
            while ((line = reader.readLine()) != null) {
                number++;
                if (number == 1) {
                    checkHeader(line, errors);
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
                if (days.size() + errors.size() >= MAX_DAYS) {
                    errors.add(new LineProblem(number, Problem.TOO_MANY_DAYS, String.valueOf(MAX_DAYS)));
                    break;
                }
                CalendarDay day = parseLine(line, number, errors);
                if (day != null) {
                    Integer first = seenOn.putIfAbsent(day.date(), number);
                    if (first != null) {
                        errors.add(new LineProblem(number, Problem.DUPLICATE_DATE, day.date().toString(), String.valueOf(first)));
                    } else {
                        days.add(day);
                    }
                }
            }
        } catch (CharacterCodingException e) {
            // The reader decodes ahead, so the line is not known; the encoding is the file's problem anyway.
            errors.clear();
            errors.add(new LineProblem(1, Problem.NOT_UTF8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the calendar file", e);
        }
        if (number == 0 && errors.isEmpty()) {
            errors.add(new LineProblem(1, Problem.EMPTY_FILE));
        } else if (errors.isEmpty() && days.isEmpty()) {
            errors.add(new LineProblem(2, Problem.NO_DAYS));
        }
        if (!errors.isEmpty()) {
            throw new CalendarImportException(errors);
        }
        return days;
    }

    private static void checkHeader(String line, List<LineProblem> errors) {
        String header = line.replace("\uFEFF", "").replace(" ", "").toLowerCase(Locale.ROOT);
        if (!header.equals(HEADER)) {
            errors.add(new LineProblem(1, Problem.MISSING_HEADER));
        }
    }

    private static CalendarDay parseLine(String line, int number, List<LineProblem> errors) {
        List<String> columns = columns(line);
        if (columns.size() != 3) {
            errors.add(new LineProblem(number, Problem.COLUMN_COUNT, String.valueOf(columns.size())));
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(columns.get(0));
        } catch (DateTimeParseException e) {
            errors.add(new LineProblem(number, Problem.BAD_DATE, columns.get(0)));
            return null;
        }
        DayKind kind;
        try {
            kind = DayKind.valueOf(columns.get(1).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new LineProblem(number, Problem.UNKNOWN_KIND, columns.get(1)));
            return null;
        }
        String name = DayRules.normalizeName(columns.get(2));
        DayRules.Violation violation = DayRules.check(date, kind, name);
        if (violation != null) {
            errors.add(new LineProblem(number, violation.problem(), violation.values()));
            return null;
        }
        return new CalendarDay(date, kind, name);
    }

    /** The trimmed fields of one line; a field in double quotes may hold commas and "" for a quote. */
    private static List<String> columns(String line) {
        List<String> columns = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                columns.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        columns.add(field.toString().strip());
        return columns;
    }
}
