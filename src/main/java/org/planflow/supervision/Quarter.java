package org.planflow.supervision;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/** A calendar quarter, the period of a quarterly review: written 2027-Q1, said 2027年第一季度. */
public record Quarter(int year, int quarter) {

    private static final Pattern NAME = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final String[] CHINESE = {"一", "二", "三", "四"};

    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter);
        }
    }

    /** Reads "2027-Q1"; 400 naming {@code period} otherwise. */
    public static Quarter parse(String name) {
        Matcher matcher = NAME.matcher(name == null ? "" : name.strip());
        if (!matcher.matches()) {
            throw SupervisionProblem.PERIOD_INVALID.at(SupervisionFields.PERIOD, name);
        }
        return new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /** The last quarter that has fully ended on the day. */
    public static Quarter lastEndedBefore(LocalDate day) {
        return of(of(day).start().minusDays(1));
    }

    public LocalDate start() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate end() {
        return start().plusMonths(3).minusDays(1);
    }

    public String name() {
        return year + "-Q" + quarter;
    }

    /** 2027年第一季度 */
    public String chinese() {
        return year + "年第" + CHINESE[quarter - 1] + "季度";
    }

    @Override
    public String toString() {
        return name();
    }
}
