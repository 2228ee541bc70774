package org.planflow.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.planflow.supervision.persistence.ReviewRepository.ItemLine;
import org.planflow.supervision.persistence.ReviewRepository.UnitLine;

/**
 * The draft of a quarterly 通报 in the district's usual order: the overall picture, progress item by
 * item with each numeric target's latest value and whether it is on track, what is late and whose it is, each lead unit's reporting, and what follows. The supervision
 * office edits it before a leader sees it.
 */
final class QuarterlyReportText {

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private QuarterlyReportText() {
    }

    static String compile(String planTitle, Quarter quarter, List<ItemLine> items, List<UnitLine> units) {
        StringBuilder text = new StringBuilder();
        text.append("现将《").append(planTitle).append("》").append(quarter.chinese()).append("（").append(quarter.start())
                .append("至").append(quarter.end()).append("）推进情况通报如下：\n");
        text.append("一、总体情况\n").append(overview(items, units)).append('\n');
        text.append("二、工作进展\n");
        for (int i = 0; i < items.size(); i++) {
            text.append(progress(i, items.get(i), quarter.end())).append('\n');
        }
        if (items.isEmpty()) {
            text.append("本季度无督办事项。\n");
        }
        text.append("三、存在问题\n");
        List<ItemLine> late = items.stream().filter(item -> item.light() == Light.RED || item.overdue()
                || item.reportStatus() == ReportStatus.BEHIND).toList();
        if (late.isEmpty()) {
            text.append("本季度各事项均按计划推进，未发现逾期或滞后事项。\n");
        }
        for (ItemLine item : late) {
            text.append(item.indicator()).append("（牵头单位：").append(orUnknown(item.leadUnit())).append("，完成时限")
                    .append(item.dueDate()).append("）").append(item.overdue() ? "已逾期未完成" : "进度滞后").append("。\n");
        }
        text.append("四、各单位报送情况（本年度截至目前）\n");
        if (units.isEmpty()) {
            text.append("本年度尚无到期的进展报告。\n");
        }
        for (UnitLine unit : units) {
            text.append(unit.unitName()).append("：应报送").append(unit.due()).append("份，按时报送").append(unit.onTime())
                    .append("份");
            if (unit.late() > 0) {
                text.append("，逾期报送").append(unit.late()).append("份");
            }
            if (unit.missing() > 0) {
                text.append("，未报送").append(unit.missing()).append("份");
            }
            text.append("，按时报送率").append(percent(unit.onTime(), unit.due())).append("。\n");
        }
        text.append("五、下一步工作\n");
        text.append("请各成员单位对照任务分解表，巩固已完成事项成果；对滞后和逾期事项，牵头单位要分析原因、明确措施、限期整改，"
                + "按时报送下一季度进展情况。");
        return text.toString();
    }

    private static String overview(List<ItemLine> items, List<UnitLine> units) {
        long closed = items.stream().filter(item -> item.status() == ItemStatus.CLOSED).count();
        long behind = items.stream().filter(item -> item.status() != ItemStatus.CLOSED
                && (item.overdue() || item.reportStatus() == ReportStatus.BEHIND)).count();
        long red = items.stream().filter(item -> item.light() == Light.RED).count();
        long yellow = items.stream().filter(item -> item.light() == Light.YELLOW).count();
        long green = items.stream().filter(item -> item.light() == Light.GREEN).count();
        int due = units.stream().mapToInt(UnitLine::due).sum();
        int onTime = units.stream().mapToInt(UnitLine::onTime).sum();
        int late = units.stream().mapToInt(UnitLine::late).sum();
        int missing = units.stream().mapToInt(UnitLine::missing).sum();
        return "本季度纳入督办事项" + items.size() + "项，其中已办结" + closed + "项、正常推进" + (items.size() - closed - behind)
                + "项、滞后或逾期" + behind + "项（红灯" + red + "项、黄灯" + yellow + "项、绿灯" + green + "项）。本年度截至目前应报送进展报告" + due
                + "份，按时报送" + onTime + "份，逾期报送" + late + "份，未报送" + missing + "份，按时报送率" + percent(onTime, due) + "。";
    }

    private static String progress(int index, ItemLine item, LocalDate quarterEnd) {
        String number = index < NUMERALS.length ? NUMERALS[index] : String.valueOf(index + 1);
        StringBuilder line = new StringBuilder("（").append(number).append("）").append(item.indicator()).append("（牵头单位：")
                .append(orUnknown(item.leadUnit())).append("）。");
        if (item.progress() == null) {
            line.append("本季度尚未报送进展。");
        } else {
            line.append(item.progress().strip().replace('\n', ' '));
            if (!item.progress().strip().endsWith("。")) {
                line.append("。");
            }
            if (item.percent() != null) {
                line.append("完成").append(item.percent()).append("%。");
            }
        }
        if (item.status() == ItemStatus.CLOSED) {
            line.append("已办结销号。");
        }
        if (!item.targets().isEmpty()) {
            line.append("指标：").append(ItemTargets.standings(item.targets(), item.targetValues(), item.started(), item.dueDate(),
                    quarterEnd).stream().map(ItemTargets::describe).collect(Collectors.joining("；"))).append("。");
        }
        return line.toString();
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "—" : Math.round(100.0 * part / whole) + "%";
    }

    private static String orUnknown(String unit) {
        return unit == null ? "待定" : unit;
    }
}
