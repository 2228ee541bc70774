package org.planflow.importing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.planflow.shared.Cadence;
import org.planflow.shared.Milestone;
import org.planflow.shared.Period;

/**
 * The dates an item's own text sets: "2027年6月底前", "6月30日前", "年底前", "上半年", "三季度", a recurring "每季度末" or
 * "2026年起每年…" (one milestone a year up to the plan's end, due at its end) and "长期坚持" (due at the plan's end). The
 * latest date is the due date, the others milestones. A date without its year takes the year written before it in the
 * same text, else the plan's first year (a guess when the plan runs for several years, said in a warning). What looks
 * like a date but is none of these is reported as not read.
 */
final class DatesFromText {

    private static final String YEAR = "((?:19|20)\\d{2})\\s*年";
    private static final String BEFORE = "\\s*(?:之前|以前|前|止)?";
    private static final Pattern RECURRING_FROM = Pattern.compile(YEAR + "起\\s*[，,]?\\s*每年");
    private static final Pattern RECURRING = Pattern.compile("每\\s*(?:个)?(月|季度|季|半年|年)末?");
    private static final Pattern YEAR_MONTH = Pattern.compile(YEAR + "\\s*(\\d{1,2})\\s*月\\s*(?:(\\d{1,2})\\s*日|底|末|份)?" + BEFORE);
    private static final Pattern YEAR_END = Pattern.compile(
            "(?:(?:到|至)\\s*" + YEAR + "\\s*(?:底|末)?|" + YEAR + "\\s*(?:年底|年末|底|末)" + BEFORE + "|" + YEAR + "\\s*(?:之前|以前|前|内))");
    private static final Pattern MONTH = Pattern.compile("(?<![\\d个])(\\d{1,2})\\s*月\\s*(?:(\\d{1,2})\\s*日|底|末|份)?" + BEFORE);
    private static final Pattern IN_YEAR = Pattern.compile("(?<![一二三四五六七八九十两几半\\d])(?:今年|本年|当年)?(?:年底|年末|年内)" + BEFORE);
    private static final Pattern PART_OF_YEAR = Pattern.compile("(上半年|下半年|(?:第)?([一二三四1-4])季度)(?:末)?" + BEFORE);
    private static final Pattern LONG_TERM = Pattern.compile("长期坚持|长期");
    /** What still looks like a date once the readable ones are taken out: "X月X日", "20XX年", "9月中旬". */
    private static final Pattern DATE_LIKE = Pattern.compile("[\\dXＸ×x]+\\s*月|[XＸ×x]{2,4}\\s*年|上旬|中旬|下旬");
    private static final Pattern CLAUSE = Pattern.compile("[，,；;。：:！？!?\\n]");
    private static final Map<String, Cadence> CADENCES = Map.of("月", Cadence.MONTHLY, "季", Cadence.QUARTERLY,
            "季度", Cadence.QUARTERLY, "半年", Cadence.HALF_YEARLY, "年", Cadence.YEARLY);
    private static final String QUARTERS = "一二三四";
    private static final char TAKEN = '\u0000';

    /** The item's due date (null when unsaid), its milestones, its cadence when it recurs, and what to check. */
    record Reading(LocalDate due, List<Milestone> milestones, Cadence cadence, List<DocumentWarning> warnings) {

        Reading {
            milestones = List.copyOf(milestones);
            warnings = List.copyOf(warnings);
        }
    }

    private final int seq;
    private final Period period;
    private final LocalDate day;
    private final StringBuilder text;
    private final List<Milestone> dates = new ArrayList<>();
    private final List<DocumentWarning> warnings = new ArrayList<>();
    private Cadence cadence;
    private boolean untilPeriodEnd;
    /** The years written in the text by where they stand, for the dates after them that leave the year out. */
    private final TreeMap<Integer, Integer> writtenYears = new TreeMap<>();

    private DatesFromText(int seq, String text, Period period, LocalDate day) {
        this.seq = seq;
        this.period = period;
        this.day = day;
        this.text = new StringBuilder(PeriodFromText.withoutQuotes(text));
    }

    /** Reads item {@code seq}'s text in the plan's period (may be null) on the import's day (may be null). */
    static Reading read(int seq, String text, Period period, LocalDate day) {
        DatesFromText reader = new DatesFromText(seq, text == null ? "" : text, period, day);
        return reader.read();
    }

    private Reading read() {
        take(RECURRING_FROM, (m, phrase) -> {
            cadence = Cadence.YEARLY;
            yearly(written(m, Integer.parseInt(m.group(1))));
            return null;
        });
        take(RECURRING, (m, phrase) -> {
            cadence = CADENCES.get(m.group(1));
            if (cadence == Cadence.YEARLY && period != null) {
                yearly(period.start().getYear());
            }
            untilPeriodEnd = true;
            return null;
        });
        take(YEAR_MONTH, (m, phrase) -> monthDate(written(m, Integer.parseInt(m.group(1))), Integer.parseInt(m.group(2)), m.group(3)));
        take(YEAR_END, (m, phrase) -> LocalDate.of(written(m, Integer.parseInt(firstGroup(m))), 12, 31));
        take(MONTH, (m, phrase) -> {
            Integer year = year(m.start(), phrase);
            return year == null ? null : monthDate(year, Integer.parseInt(m.group(1)), m.group(2));
        });
        take(IN_YEAR, (m, phrase) -> {
            Integer year = year(m.start(), phrase);
            return year == null ? null : LocalDate.of(year, 12, 31);
        });
        take(PART_OF_YEAR, (m, phrase) -> {
            Integer year = year(m.start(), phrase);
            return year == null ? null : partOfYear(year, m.group(1), m.group(2));
        });
        take(LONG_TERM, (m, phrase) -> {
            untilPeriodEnd = true;
            return null;
        });
        notRead();
        return reading();
    }

    /**
     * Each match of the pattern becomes a dated milestone where the function gives a date; the text it matched is
     * taken out so that later, shorter patterns do not read it again.
     */
    private void take(Pattern pattern, BiFunction<Matcher, String, LocalDate> date) {
        Matcher m = pattern.matcher(text);
        List<int[]> taken = new ArrayList<>();
        while (m.find()) {
            String phrase = m.group().strip();
            LocalDate due = date.apply(m, phrase);
            if (due != null) {
                dates.add(new Milestone(phrase, due));
            }
            taken.add(new int[] {m.start(), m.end()});
        }
        for (int[] range : taken) {
            for (int i = range[0]; i < range[1]; i++) {
                text.setCharAt(i, TAKEN);
            }
        }
    }

    /** A milestone at the end of each year from the first to the year before the plan's last; the last is the due date. */
    private void yearly(int first) {
        untilPeriodEnd = true;
        if (period == null) {
            return;
        }
        for (int year = Math.max(first, period.start().getYear()); year < period.end().getYear(); year++) {
            dates.add(new Milestone(year + "年", LocalDate.of(year, 12, 31)));
        }
    }

    /**
     * The year of a date written without one: the last year written before it in the item's text, else the plan's
     * first year, else the import's year; null (and a warning) when nothing tells.
     */
    private Integer year(int at, String phrase) {
        Map.Entry<Integer, Integer> written = writtenYears.floorEntry(at);
        if (written != null) {
            return written.getValue();
        }
        if (period != null) {
            if (period.multiYear()) {
                warnings.add(DocumentWarning.of(DocumentWarning.Code.DATE_YEAR_ASSUMED, seq, phrase, period.start().getYear()));
            }
            return period.start().getYear();
        }
        if (day != null) {
            warnings.add(DocumentWarning.of(DocumentWarning.Code.DATE_YEAR_ASSUMED, seq, phrase, day.getYear()));
            return day.getYear();
        }
        warnings.add(DocumentWarning.of(DocumentWarning.Code.DATE_NOT_READ, seq, phrase));
        return null;
    }

    private int written(Matcher m, int year) {
        writtenYears.put(m.start(), year);
        return year;
    }

    private LocalDate monthDate(int year, int month, String dayOfMonth) {
        if (month < 1 || month > 12) {
            return null;
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        if (dayOfMonth == null) {
            return yearMonth.atEndOfMonth();
        }
        int dayValue = Integer.parseInt(dayOfMonth);
        return yearMonth.isValidDay(dayValue) ? yearMonth.atDay(dayValue) : null;
    }

    private static LocalDate partOfYear(int year, String part, String quarter) {
        if (part.startsWith("上")) {
            return LocalDate.of(year, 6, 30);
        }
        if (part.startsWith("下")) {
            return LocalDate.of(year, 12, 31);
        }
        int index = Character.isDigit(quarter.charAt(0)) ? quarter.charAt(0) - '1' : QUARTERS.indexOf(quarter.charAt(0));
        return YearMonth.of(year, (index + 1) * 3).atEndOfMonth();
    }

    private static String firstGroup(Matcher m) {
        for (int group = 1; group <= m.groupCount(); group++) {
            if (m.group(group) != null) {
                return m.group(group);
            }
        }
        throw new IllegalStateException("No year in " + m.group());
    }

    /** A clause that still looks like a date is reported with its text, so that the office sets the date by hand. */
    private void notRead() {
        String rest = text.toString();
        Matcher m = DATE_LIKE.matcher(rest);
        if (m.find()) {
            warnings.add(DocumentWarning.of(DocumentWarning.Code.DATE_NOT_READ, seq, clauseAround(rest, m.start())));
        }
    }

    private static String clauseAround(String rest, int at) {
        int start = at;
        while (start > 0 && !CLAUSE.matcher(String.valueOf(rest.charAt(start - 1))).matches() && rest.charAt(start - 1) != TAKEN) {
            start--;
        }
        int end = at;
        while (end < rest.length() && !CLAUSE.matcher(String.valueOf(rest.charAt(end))).matches() && rest.charAt(end) != TAKEN) {
            end++;
        }
        return rest.substring(start, end).strip();
    }

    private Reading reading() {
        List<Milestone> sorted = new ArrayList<>(dates.stream().distinct().sorted(Comparator.comparing(Milestone::due)).toList());
        LocalDate due = null;
        if (untilPeriodEnd && period != null) {
            due = period.end();
            sorted.removeIf(date -> !date.due().isBefore(period.end()));
        } else if (!sorted.isEmpty()) {
            due = sorted.remove(sorted.size() - 1).due();
        }
        return new Reading(due, sorted, cadence, warnings);
    }
}
