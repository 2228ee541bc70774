package org.planflow.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.planflow.shared.Target;
import org.planflow.shared.Target.Direction;

/**
 * The numeric targets (指标) an item's text sets: "抽检合格率达95%以上", "达到98%以上", "不低于25%", "控制在5.5‰以下",
 * "由90%提高到95%", "新增服务认证证书3张以上", "质量体系认证企业达10家". The name is the noun phrase before the value
 * (with what follows a bare "5家以上…"), the direction GE unless the text caps the value (控制在, 以内, 以下, 下降到), the
 * year the last one the text names before it ("到2020年，…"). Points in brackets (（1分）) are no targets.
 */
final class TargetsFromText {

    private static final String NUMBER = "(?<![\\d.A-Za-z])(\\d+(?:\\.\\d+)?)(?![\\d.])";
    private static final String UNIT = "(%|％|‰|万元|亿元|元|万人|人次|家|个|项|名|张|分|人|次|件|户|所|座|公里|吨|天|倍|种|批|处|台|套|条|位|场|篇|只|株|亩)";
    private static final Pattern TARGET = Pattern.compile(
            "(?:由\\s*" + NUMBER + "\\s*" + UNIT + "?\\s*(提高|提升|增加|增长|上升|下降|降低|减少)(?:到|至)\\s*)?"
                    + "(控制在|不超过|不高于|降低到|降至|下降到|下降至|达到|达|提高到|提高至|提升到|提升至|保持在|保持|稳定在|维持在|维持|"
                    + "不低于|不少于|超过|增至|增加到|增长到)?"
                    + "\\s*" + NUMBER + "\\s*" + UNIT + "?\\s*(以上|以下|以内|之内)?");
    private static final Set<String> CAPS = Set.of("控制在", "不超过", "不高于", "降低到", "降至", "下降到", "下降至");
    private static final Set<String> DECREASES = Set.of("下降", "降低", "减少");
    private static final Set<String> RATES = Set.of("%", "％", "‰");
    /** A count is a target when its phrase says it is made or gained: 新增…10家, 申报…产品23个. */
    private static final Pattern COUNTED = Pattern.compile("新增|新建|培育|创建|创成|建立|建成|引进|申报|取得|通过|打造|争创|制定|修订");
    private static final Pattern RATE_NAME = Pattern.compile("(?:率|度|比|面|占比)$");
    private static final Pattern POINTS = Pattern.compile("[（(][^（()）]*[）)]");
    private static final Pattern SENTENCES = Pattern.compile("[。；;！!？?\\n]");
    private static final Pattern CLAUSES = Pattern.compile("[，,：:]");
    private static final Pattern DATED = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final Pattern LEADING = Pattern.compile("^(?:[、和及与]|到\\s*(?:19|20)\\d{2}\\s*年(?:底|末)?|力争|确保|使|实现|并且|其中|全年|同时|且|并)+");
    private static final Pattern TRAILING = Pattern.compile("(?:均|应|要|需|必须|将|有|为|在|稳定|保持|的|要求)+$");
    private static final int SHORT_PART = 4;

    private TargetsFromText() {
    }

    static List<Target> read(String text) {
        List<Target> targets = new ArrayList<>();
        if (text == null) {
            return targets;
        }
        Integer year = null;
        for (String sentence : SENTENCES.split(POINTS.matcher(PeriodFromText.withoutQuotes(text)).replaceAll(""))) {
            for (String clause : CLAUSES.split(sentence)) {
                Matcher dated = DATED.matcher(clause);
                while (dated.find()) {
                    year = Integer.valueOf(dated.group(1));
                }
                read(clause, year, targets);
            }
        }
        return targets;
    }

    private static void read(String clause, Integer year, List<Target> targets) {
        Matcher m = TARGET.matcher(clause);
        int from = 0;
        while (m.find()) {
            String baseline = m.group(1);
            String change = m.group(3);
            String verb = m.group(4);
            String unit = m.group(6);
            String bound = m.group(7);
            int nameEnd = baseline != null ? clause.lastIndexOf('由', m.start(1)) : m.start();
            String name = name(clause.substring(from, nameEnd));
            boolean bare = baseline == null && verb == null;
            if (bare && bound != null && !RATE_NAME.matcher(name).find()) {
                // "5家以上企业通过质量体系认证": what is counted follows the value
                String after = clause.substring(m.end()).replaceFirst("^的", "");
                name = name(name + after);
            }
            boolean target = !bare || bound != null
                    || unit != null && (RATES.contains(unit) ? RATE_NAME.matcher(name).find() : COUNTED.matcher(name).find());
            if (target && !name.isEmpty()) {
                boolean caps = verb != null && CAPS.contains(verb) || "以下".equals(bound) || "以内".equals(bound)
                        || "之内".equals(bound) || change != null && DECREASES.contains(change);
                targets.add(new Target(name, unit == null ? null : unit.replace('％', '%'), caps ? Direction.LE : Direction.GE,
                        new BigDecimal(m.group(5)), baseline == null ? null : new BigDecimal(baseline), year));
                from = m.end();
            }
        }
    }

    /** The noun phrase: the part after the last 、 when that part is long enough to name something, without connectors. */
    private static String name(String phrase) {
        String name = phrase.strip();
        int list = name.lastIndexOf('、');
        if (list >= 0 && name.length() - list - 1 >= SHORT_PART) {
            name = name.substring(list + 1);
        }
        name = LEADING.matcher(name.strip()).replaceFirst("");
        return TRAILING.matcher(name.strip()).replaceFirst("").strip();
    }
}
