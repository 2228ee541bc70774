package org.planflow.calendar.api;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.planflow.calendar.CalendarDay;
import org.planflow.calendar.CalendarProblem;
import org.planflow.calendar.DayKind;
import org.planflow.calendar.ImportResult;
import org.planflow.calendar.WorkingCalendar;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/calendar")
@Tag(name = "Calendar", description = "Working-day arithmetic on the district calendar (weekends, statutory holidays, "
        + "make-up working days) and its upkeep by administrators")
class CalendarController {

    private final WorkingCalendar calendar;

    CalendarController(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/add-working-days")
    @Operation(summary = "The day a number of working days after (or, when negative, before) a date; 0 returns the date")
    DateAnswer addWorkingDays(@Parameter(description = "ISO date, e.g. 2026-02-13", example = "2026-02-13")
                              @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                              @Parameter(description = "working days to add", example = "1") @RequestParam int days) {
        return new DateAnswer(calendar.addWorkingDays(from, days));
    }

    @GetMapping("/working-days-between")
    @Operation(summary = "The working days after 'from' up to and including 'to'; negative when 'to' is before 'from'")
    WorkingDaysAnswer workingDaysBetween(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                         @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return new WorkingDaysAnswer(calendar.workingDaysBetween(from, to));
    }

    @GetMapping("/days")
    @Operation(summary = "A year's holidays and make-up working days, and whether the year has the official arrangement")
    YearAnswer days(@Parameter(example = "2026") @RequestParam int year) {
        return new YearAnswer(year, calendar.hasOfficialData(year), calendar.days(year));
    }

    @PutMapping("/days/{date}")
    @Operation(summary = "ADMIN: make a day a holiday (name required) or a make-up working day (Saturday or Sunday only)")
    CalendarDay setDay(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, @RequestBody DayBody body) {
        calendar.setDay(date, kind(body.kind()), body.name());
        return calendar.day(date).orElseThrow();
    }

    @DeleteMapping("/days/{date}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "ADMIN: return a day to the Monday–Friday rule")
    void clearDay(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        calendar.clearDay(date);
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "ADMIN: replace the years in a CSV file (header date,kind,name; UTF-8) and mark them official",
            description = "All or nothing: if any line is bad, nothing is imported and the 400 answer lists every bad line "
                    + "in 'detail' and in 'errors' [{line, reason}].")
    @ApiResponse(responseCode = "400", description = "The file was refused; nothing changed",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    ImportResult importCsv(@RequestParam("file") MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return calendar.importCsv(in);
        }
    }


    private static DayKind kind(String kind) {
        try {
            return DayKind.valueOf(kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw CalendarProblem.KIND_UNKNOWN.at("kind", kind);
        }
    }

    record DateAnswer(LocalDate date) {
    }

    record WorkingDaysAnswer(int workingDays) {
    }

    record YearAnswer(int year, boolean official, List<CalendarDay> days) {
    }

    record DayBody(@Schema(allowableValues = {"HOLIDAY", "WORKDAY"}) String kind,
                   @Schema(description = "required for HOLIDAY, e.g. 春节") String name) {
    }
}
