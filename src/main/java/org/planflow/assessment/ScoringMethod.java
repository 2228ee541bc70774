package org.planflow.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an indicator's scoring method (评分方法) into its criteria: every clause that ends in its points, as
 * in 制定出台促进质量提升发展政策性文件（2分）, or that adds points, as in 获省奖的再加2分. 满分4分 states the
 * indicator's own cap and is no criterion. A method without points is one criterion worth the indicator.
 */
public final class ScoringMethod {

    /** （2分）, (0.5分), 再加2分, 加1分, 满分4分: the group "cap" is set for 满分, "added" for 加. */
    private static final Pattern POINTS = Pattern.compile(
            "[（(](?<points>\\d+(?:\\.\\d+)?)分[）)]|(?<cap>满分)\\d+(?:\\.\\d+)?分|(?<added>再?加)(?<addedPoints>\\d+(?:\\.\\d+)?)分");
    private static final String CLAUSE_LEAD = "[\\s\\u3000，,。.；;、：:）)]+";
    private static final String ABSENCE = "未";

    private ScoringMethod() {
    }

    public static List<Criterion> criteria(String method, BigDecimal maxPoints) {
        String text = method == null ? "" : method.strip();
        List<Criterion> criteria = new ArrayList<>();
        Matcher m = POINTS.matcher(text);
        int clauseStart = 0;
        while (m.find()) {
            if (m.group("cap") != null) {
                clauseStart = m.end();
                continue;
            }
            boolean added = m.group("added") != null;
            String points = added ? m.group("addedPoints") : m.group("points");
            String clause = text.substring(clauseStart, added ? m.end() : m.start()).replaceFirst("^" + CLAUSE_LEAD, "").strip();
            clauseStart = m.end();
            if (!clause.isEmpty()) {
                criteria.add(criterion(criteria.size(), clause, new BigDecimal(points)));
            }
        }
        if (criteria.isEmpty()) {
            return text.isEmpty() || maxPoints == null ? List.of() : List.of(criterion(0, text, maxPoints));
        }
        return List.copyOf(criteria);
    }

    private static Criterion criterion(int index, String text, BigDecimal points) {
        return new Criterion(index, text, Points.of(points), !text.startsWith(ABSENCE));
    }
}
