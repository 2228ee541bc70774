package org.planflow.importing;

import java.util.ArrayList;
import java.util.List;

/** The columns a breakdown table may have, recognised by the words district tables put in their headers. */
enum BreakdownColumn {
    SEQ, CATEGORY, INDICATOR, SCORE, METHOD, LEAD, RESPONSIBLE, COOP, DUE,
    /** The item's own report cadence (报送频次), milestones (进度节点) and numeric targets (量化指标). */
    CADENCE, MILESTONES, TARGETS;

    /** The column a header names, or null. The order of the tests matters: 评分方法 is not a score, 指标/任务内容 not a category. */
    static BreakdownColumn of(String header) {
        String h = header == null ? "" : header.replaceAll("[\\s\\u3000]+", "");
        if (h.isEmpty()) {
            return null;
        }
        if (h.contains("序号") || h.equals("编号")) {
            return SEQ;
        }
        // before 指标 (the task) and 时间 (the due date): 时间节点 stays the due date district tables mean by it
        if (h.contains("频次") || h.contains("报送周期")) {
            return CADENCE;
        }
        if (h.contains("进度节点") || h.equals("节点")) {
            return MILESTONES;
        }
        if (h.contains("量化指标") || h.contains("目标值")) {
            return TARGETS;
        }
        if (h.contains("评分") || h.contains("考核方法") || h.contains("评价标准")) {
            return METHOD;
        }
        if (h.contains("牵头")) {
            return LEAD;
        }
        if (h.contains("配合") || h.contains("协同") || h.contains("协办")) {
            return COOP;
        }
        if (h.contains("责任单位") || h.contains("责任部门") || h.contains("承办单位")) {
            return RESPONSIBLE;
        }
        if (h.contains("时限") || h.contains("完成时间") || h.contains("截止")) {
            return DUE;
        }
        if (h.contains("分值") || h.contains("分数") || h.equals("分") || h.contains("权重")) {
            return SCORE;
        }
        if (h.contains("指标") || h.contains("任务") || h.contains("内容") || h.contains("事项")) {
            return INDICATOR;
        }
        if (h.contains("类别") || h.contains("类型") || h.contains("项目") || h.contains("领域")) {
            return CATEGORY;
        }
        return null;
    }

    /** The columns of a header row in order (null where a header is not recognised). */
    static List<BreakdownColumn> of(List<String> headers) {
        List<BreakdownColumn> columns = new ArrayList<>();
        for (String header : headers) {
            columns.add(of(header));
        }
        return columns;
    }

    /** Whether a header row is that of a breakdown table: the task column and at least two more that such tables have. */
    static boolean isBreakdownHeader(List<BreakdownColumn> columns) {
        long recognised = columns.stream().filter(column -> column != null).distinct().count();
        boolean units = columns.contains(LEAD) || columns.contains(RESPONSIBLE);
        boolean scoring = columns.contains(SCORE) || columns.contains(METHOD);
        return columns.contains(INDICATOR) && (units || scoring) && recognised >= 3;
    }
}
