package org.planflow.importing;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.planflow.shared.Period;

/**
 * The time a plan runs for, as its title and text say it: a span of years ("2010-2015年", "2026—2028年"), a year
 * ("2022年度", a title "2027年…方案"), a horizon ("到2020年", from the text's own date or the import's year) or "今年"
 * (the import's year). Other documents' spans quoted in 《》 (纲要(2011-2020年)) are not the plan's.
 */
final class PeriodFromText {

    private static final Pattern QUOTED = Pattern.compile("《[^《》]*》");
    private static final Pattern SPAN = Pattern.compile("((?:19|20)\\d{2})\\s*年?\\s*[-—–~～至到]+\\s*((?:19|20)\\d{2})\\s*年");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年(?!\\s*\\d{1,2}\\s*月)");
    private static final Pattern BUSINESS_YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年度");
    private static final Pattern HORIZON = Pattern.compile("到\\s*((?:19|20)\\d{2})\\s*年");
    private static final String THIS_YEAR = "今年";
    /** A document's date, 2015年8月21日 or 二○一○年九月七日: the year the text starts from. */
    private static final Pattern DOCUMENT_DATE = Pattern.compile(
            "((?:19|20)\\d{2}|[〇○零一二][〇○零一二三四五六七八九]{3})\\s*年\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月"
                    + "\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*日");
    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";

    /** The period and whether its start year was assumed (a horizon without a start of its own). */
    record Reading(Period period, boolean startAssumed) {
    }

    private PeriodFromText() {
    }

    /** The period, or null when neither title nor text says it; {@code day} (may be null) is the import's day. */
    static Reading read(String title, String text, LocalDate day) {
        String ownTitle = withoutQuotes(title == null ? "" : title);
        String ownText = withoutQuotes(text == null ? "" : text);
        Period period = span(ownTitle);
        if (period == null) {
            period = year(ownTitle, YEAR);
        }
        if (period == null) {
            period = span(ownText);
        }
        if (period == null) {
            period = year(ownText, BUSINESS_YEAR);
        }
        if (period != null) {
            return new Reading(period, false);
        }
        Matcher horizon = HORIZON.matcher(ownText);
        if (horizon.find()) {
            int end = Integer.parseInt(horizon.group(1));
            Integer start = documentYear(ownText);
            boolean assumed = start == null;
            if (assumed) {
                start = day == null ? end : day.getYear();
            }
            return new Reading(Period.ofYears(Math.min(start, end), end), assumed);
        }
        if (day != null && (ownTitle.contains(THIS_YEAR) || ownText.contains(THIS_YEAR))) {
            return new Reading(Period.ofYears(day.getYear(), day.getYear()), false);
        }
        return null;
    }

    private static Period span(String text) {
        Matcher m = SPAN.matcher(text);
        while (m.find()) {
            int first = Integer.parseInt(m.group(1));
            int last = Integer.parseInt(m.group(2));
            if (first <= last) {
                return Period.ofYears(first, last);
            }
        }
        return null;
    }

    private static Period year(String text, Pattern pattern) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        return Period.ofYears(year, year);
    }

    /** The year of the first full date the text carries (its issue date), or null. */
    private static Integer documentYear(String text) {
        Matcher m = DOCUMENT_DATE.matcher(text);
        return m.find() ? year(m.group(1)) : null;
    }

    private static int year(String digits) {
        StringBuilder arabic = new StringBuilder();
        for (char c : digits.toCharArray()) {
            int chinese = CHINESE_DIGITS.indexOf(c == '○' || c == '零' ? '〇' : c);
            arabic.append(chinese >= 0 ? (char) ('0' + chinese) : c);
        }
        return Integer.parseInt(arabic.toString());
    }

    static String withoutQuotes(String text) {
        return QUOTED.matcher(text).replaceAll("《》");
    }
}
