package org.planflow.importing;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.planflow.shared.Cadence;

/**
 * How often a plan asks its units to report and how many days after each period the report is due, from a sentence
 * such as "每季度末5日前报送", "请于每月…报送", "每半年报送一次", "每年…上报": the first sentence that both recurs and
 * reports. Meetings (每季度召开一次) and assessments (每年考核一次) are no reports.
 */
final class ReportingFromText {

    private static final Pattern SENTENCES = Pattern.compile("[。；;！!？?\\n]");
    private static final Pattern RECURRING = Pattern.compile("每(个)?(月|季度?|半年|年)");
    private static final Pattern REPORTS = Pattern.compile("报送|上报|报告");
    /** Something else that recurs: the report heard at a meeting or an assessment is not the units' own. */
    private static final Pattern OTHER_EVENT = Pattern.compile("召开|会议|考核|检查|评比");
    /** "末5日前", "结束后10日内", "次月5日前", "后5天内": calendar days after the period's end. */
    private static final Pattern DUE_DAYS = Pattern.compile("(?:末|结束后|后|次月|下月|下季度首月)\\s*(\\d{1,2})\\s*(?:日|天)\\s*(?:前|内|之前|以内)");
    private static final Map<String, Cadence> CADENCES = Map.of("月", Cadence.MONTHLY, "季", Cadence.QUARTERLY,
            "季度", Cadence.QUARTERLY, "半年", Cadence.HALF_YEARLY, "年", Cadence.YEARLY);

    /** The cadence and due offset in days (each null when the text does not say it). */
    record Reporting(Cadence cadence, Integer dueDays) {

        static final Reporting UNSAID = new Reporting(null, null);
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
                    Matcher days = DUE_DAYS.matcher(after.substring(0, reports.start()));
                    return new Reporting(CADENCES.get(recurring.group(2)),
                            days.find() ? Integer.valueOf(days.group(1)) : null);
                }
            }
        }
        return Reporting.UNSAID;
    }
}
