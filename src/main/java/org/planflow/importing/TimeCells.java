package org.planflow.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.planflow.shared.Cadence;
import org.planflow.shared.Milestone;
import org.planflow.shared.Target;

/**
 * The breakdown workbook's cells for an item's time and targets, written as a drafter would type them and read back
 * the same: the cadence (每月, 每季度, 每半年, 每年), a milestone a line ("2027-06-30 完成调研") and a target a line
 * ("抽检合格率 ≥ 95%；基线 90%；2027年"). A cell that reads as none of these is refused (null).
 */
final class TimeCells {

    private static final Map<Cadence, String> CADENCES = Map.of(Cadence.MONTHLY, "每月", Cadence.QUARTERLY, "每季度",
            Cadence.HALF_YEARLY, "每半年", Cadence.YEARLY, "每年");
    private static final Pattern LINES = Pattern.compile("\\r?\\n");
    private static final Pattern MILESTONE = Pattern.compile("(\\d{4}-\\d{1,2}-\\d{1,2})\\s+(.+)");
    private static final Pattern TARGET = Pattern.compile("(.+?)\\s*([≥≤])\\s*(\\d+(?:\\.\\d+)?)\\s*([^；;\\s\\d][^；;\\s]*)?"
            + "(?:\\s*[；;]\\s*基线\\s*(\\d+(?:\\.\\d+)?)[^；;]*)?(?:\\s*[；;]\\s*(\\d{4})\\s*年)?");
    private static final String GE = "≥";
    private static final String LE = "≤";
    private static final String SEPARATOR = "；";

    private TimeCells() {
    }

    static String cadence(Cadence cadence) {
        return cadence == null ? null : CADENCES.get(cadence);
    }

    /** The cadence a cell names; null for an empty cell. */
    static Cadence cadence(String cell) throws NotRead {
        if (cell.isEmpty()) {
            return null;
        }
        return CADENCES.entrySet().stream().filter(entry -> entry.getValue().equals(cell)).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new NotRead(cell));
    }

    static String milestones(List<Milestone> milestones) {
        return milestones.stream().map(milestone -> milestone.due() + " " + milestone.text()).collect(Collectors.joining("\n"));
    }

    static List<Milestone> milestones(String cell) throws NotRead {
        List<Milestone> milestones = new ArrayList<>();
        for (String line : lines(cell)) {
            Matcher m = MILESTONE.matcher(line);
            if (!m.matches()) {
                throw new NotRead(line);
            }
            try {
                milestones.add(new Milestone(m.group(2).strip(), Values.date(m.group(1))));
            } catch (IllegalArgumentException e) {
                throw new NotRead(line);
            }
        }
        return milestones;
    }

    static String targets(List<Target> targets) {
        return targets.stream().map(TimeCells::target).collect(Collectors.joining("\n"));
    }

    private static String target(Target target) {
        String unit = target.unit() == null ? "" : target.unit();
        StringBuilder line = new StringBuilder(target.name()).append(' ')
                .append(target.direction() == Target.Direction.LE ? LE : GE).append(' ')
                .append(target.value().toPlainString()).append(unit);
        if (target.baseline() != null) {
            line.append(SEPARATOR).append("基线 ").append(target.baseline().toPlainString()).append(unit);
        }
        if (target.year() != null) {
            line.append(SEPARATOR).append(target.year()).append('年');
        }
        return line.toString();
    }

    static List<Target> targets(String cell) throws NotRead {
        List<Target> targets = new ArrayList<>();
        for (String line : lines(cell)) {
            Matcher m = TARGET.matcher(line);
            if (!m.matches()) {
                throw new NotRead(line);
            }
            targets.add(new Target(m.group(1).strip(), m.group(4), LE.equals(m.group(2)) ? Target.Direction.LE : Target.Direction.GE,
                    new BigDecimal(m.group(3)), m.group(5) == null ? null : new BigDecimal(m.group(5)),
                    m.group(6) == null ? null : Integer.valueOf(m.group(6))));
        }
        return targets;
    }

    private static List<String> lines(String cell) {
        return LINES.splitAsStream(cell).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** A cell, or a line of it, that is not written as these cells are. */
    static final class NotRead extends Exception {

        private final String text;

        NotRead(String text) {
            super(text, null, false, false);
            this.text = text;
        }

        String text() {
            return text;
        }
    }
}
