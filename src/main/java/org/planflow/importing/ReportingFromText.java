package org.planflow.importing;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.planflow.shared.Cadence;

/**
 * How often a plan asks its units to report and how many days after each period the report is due, from a sentence
 * such as "每季度末5日前报送", "请于每月…报送", "每半年报送一次", "每年…上报": the first sentence that both recurs and
 * reports. Meetings (每季度召开一次) and assessments (每年考核一次) are no reports. A day of the period itself
 * ("每月25日前报送") cannot be counted from the period's end (decision 066): it reads as the period's last day (0 days),
 * flagged {@link Reporting#dayMoved()}, unless the sentence reports on the period before ("每月5日前报送上月进展": 5 days).
 */
final class ReportingFromText {

    private static final Pattern SENTENCES = Pattern.compile("[。；;！!？?\\n]");
    private static final Pattern RECURRING = Pattern.compile("每(个)?(月|季度?|半年|年)");
    private static final Pattern REPORTS = Pattern.compile("报送|上报|报告");
    /** Something else that recurs: the report heard at a meeting or an assessment is not the units' own. */
    private static final Pattern OTHER_EVENT = Pattern.compile("召开|会议|考核|检查|评比");
    /** "末5日前", "结束后10日内", "次月5日前", "后5天内": calendar days after the period's end. */
    private static final Pattern DUE_DAYS = Pattern.compile("(?:末|结束后|后|次月|下月|下季度首月)\\s*(\\d{1,2})\\s*(?:日|天)\\s*(?:前|内|之前|以前|以内)");
    /** "每月25日前": a day of the month, written right after the word that recurs. */
    private static final Pattern DAY_OF_PERIOD = Pattern.compile("^\\s*的?\\s*(\\d{1,2})\\s*(?:日|号)\\s*(?:前|之前|以前)");
    /** "上月", "上季度", "上一季度", "上半年", "上年度": the report is on the period before the day. */
    private static final Pattern PREVIOUS_PERIOD = Pattern.compile("上(?:一|个)?(?:月|季度?|年度?)");
    private static final Map<String, Cadence> CADENCES = Map.of("月", Cadence.MONTHLY, "季", Cadence.QUARTERLY,
            "季度", Cadence.QUARTERLY, "半年", Cadence.HALF_YEARLY, "年", Cadence.YEARLY);

    /**
     * The cadence and due offset in days (each null when the text does not say it), the words that said them (null
     * when unsaid), and whether a day within the period was moved to the period's last day.
     */
    record Reporting(Cadence cadence, Integer dueDays, String phrase, boolean dayMoved) {

        static final Reporting UNSAID = new Reporting(null, null, null, false);

        /** Whether both ask for the same reports, whatever words they use. */
        boolean sameAs(Reporting other) {
            return cadence == other.cadence && Objects.equals(dueDays, other.dueDays);
        }
    }

    private ReportingFromText() {
    }

    static Reporting read(String text) {
        for (String sentence : SENTENCES.split(PeriodFromText.withoutQuotes(text))) {
            Matcher recurring = RECURRING.matcher(sentence);
            while (recurring.find()) {
                String after = sentence.substring(recurring.end());
                Matcher reports = REPORTS.matcher(after);
                if (reports.find() && !OTHER_EVENT.matcher(after.substring(0, reports.start())).find()) {
                    String phrase = sentence.substring(recurring.start(), recurring.end() + reports.end());
                    return reporting(CADENCES.get(recurring.group(2)), after.substring(0, reports.start()), sentence, phrase);
                }
            }
        }
        return Reporting.UNSAID;
    }

    private static Reporting reporting(Cadence cadence, String beforeReport, String sentence, String phrase) {
        Matcher days = DUE_DAYS.matcher(beforeReport);
        if (days.find()) {
            return new Reporting(cadence, Integer.valueOf(days.group(1)), phrase, false);
        }
        Matcher day = DAY_OF_PERIOD.matcher(beforeReport);
        int dayOfMonth = day.find() ? Integer.parseInt(day.group(1)) : 0;
        if (dayOfMonth < 1 || dayOfMonth > 31) {
            return new Reporting(cadence, null, phrase, false);
        }
        if (PREVIOUS_PERIOD.matcher(sentence).find()) {
            return new Reporting(cadence, dayOfMonth, phrase, false);
        }
        return new Reporting(cadence, 0, phrase, true);
    }
}
