package org.planflow.importing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title for a plan whose text has no title line, such as a web copy that starts at 一、指导思想: the
 * undertaking the text keeps naming ("积极开展争创质量强市先进区活动") and a plan for it (争创质量强市先进区活动方案).
 */
final class TitleFromText {

    /** What a plan sets out to do, as its text says it: 开展…活动, 开展…工作, 开展…行动. */
    private static final Pattern UNDERTAKING = Pattern.compile("开展(\\p{IsHan}{4,20}?(?:活动|工作|行动))");
    /** Named once it may be one task among many; the plan's own undertaking comes back throughout. */
    private static final int MIN_MENTIONS = 2;
    private static final String PLAN = "方案";

    private TitleFromText() {
    }

    /** The title, or null when the text names no undertaking often enough. */
    static String of(List<Block> entries) {
        StringBuilder all = new StringBuilder();
        for (Block entry : entries) {
            if (entry instanceof Block.Line line) {
                all.append(line.text()).append('\n');
            }
        }
        String text = all.toString();
        Map<String, Integer> mentions = new LinkedHashMap<>();
        Matcher m = UNDERTAKING.matcher(text);
        while (m.find()) {
            // 开展调整农产品结构的相关工作 names a piece of work, not an undertaking
            if (!m.group(1).contains("的")) {
                mentions.computeIfAbsent(m.group(1), undertaking -> count(text, undertaking));
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> candidate : mentions.entrySet()) {
            if (candidate.getValue() >= MIN_MENTIONS && (best == null || candidate.getValue() > mentions.get(best))) {
                best = candidate.getKey();
            }
        }
        return best == null ? null : best + PLAN;
    }

    private static int count(String text, String phrase) {
        int count = 0;
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length())) {
            count++;
        }
        return count;
    }
}
