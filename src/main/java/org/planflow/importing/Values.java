package org.planflow.importing;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Scores, dates and wrapped text as tables write them. */
final class Values {

    private static final Pattern SCORE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*分?");
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    /** Points written in a scoring method, such as （1分） or (0.5分). */
    private static final Pattern POINTS = Pattern.compile("[（(]\\s*(\\d+(?:\\.\\d+)?)\\s*分\\s*[）)]");

    private Values() {
    }

    /** The score of a cell such as "5" or "2.5分"; null for an empty cell; IllegalArgumentException otherwise. */
    static BigDecimal score(String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            return null;
        }
        Matcher m = SCORE.matcher(s);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + s + "' is not a number");
        }
        return normalise(new BigDecimal(m.group(1)));
    }

    /** 5, 5.0 and 5.00 are one score; keeping one scale lets items compare equal after a round trip through Excel. */
    static BigDecimal normalise(BigDecimal score) {
        BigDecimal stripped = score.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The sum of the points a scoring method lists, or null when it lists none. */
    static BigDecimal pointsIn(String method) {
        BigDecimal sum = null;
        Matcher m = POINTS.matcher(method == null ? "" : method);
        while (m.find()) {
            BigDecimal points = new BigDecimal(m.group(1));
            sum = sum == null ? points : sum.add(points);
        }
        return sum == null ? null : normalise(sum);
    }

    /** The text without its trailing points, such as 质量发展促进机制（22分） → 质量发展促进机制. */
    static String withoutTrailingPoints(String text) {
        return text.replaceAll("[（(]\\s*\\d+(?:\\.\\d+)?\\s*分\\s*[）)]\\s*$", "").strip();
    }

    /** A date written 2026-06-30, 2026/6/30, 2026.6.30 or 2026年6月30日; null for an empty cell; IllegalArgumentException otherwise. */
    static LocalDate date(String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            return null;
        }
        Matcher m = DATE.matcher(s);
        if (m.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                // falls through to the same message as any other text that is not a date
            }
        }
        throw new IllegalArgumentException("'" + s + "' is not a date such as 2026-06-30");
    }

    /** Two pieces of a wrapped line: Chinese wraps anywhere without a space, other text at a space. */
    static String joinWrapped(String first, String second) {
        if (first.isEmpty() || second.isEmpty()) {
            return first + second;
        }
        boolean latin = isLatin(first.charAt(first.length() - 1)) && isLatin(second.charAt(0));
        return latin ? first + " " + second : first + second;
    }

    private static boolean isLatin(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }
}
