package org.planflow.supervision;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.planflow.shared.Formats;
import org.planflow.shared.Target;

/**
 * The numeric targets (指标) of an item: checked when an item is opened with them, their values checked in each report,
 * and where each stands by its latest value: met or not, and on track or behind the straight line from its baseline
 * to its value, drawn from the item's start to the target's due day (the end of its year, else the item's due date).
 */
public final class ItemTargets {

    public static final int MAX_NAME = 200;
    public static final int MAX_UNIT = 20;

    private ItemTargets() {
    }

    /** Where one target stands: its latest reported value (null before any), whether that meets it and is on track. */
    public record Standing(Target target, BigDecimal latest, boolean met, boolean onTrack) {
    }

    /** Each target of the item by the value its latest report stated, as of the day. */
    public static List<Standing> standings(SupervisedItem item, LocalDate today) {
        return standings(item.targets(), item.latestReport() == null ? Map.of() : item.latestReport().targetValues(),
                item.created().atZone(Formats.DISTRICT_ZONE).toLocalDate(), item.dueDate(), today);
    }

    /** Each target by the values a report stated, for an item that started and falls due on those days. */
    static List<Standing> standings(List<Target> targets, Map<String, BigDecimal> values, LocalDate start, LocalDate itemDue,
                                    LocalDate today) {
        return targets.stream().map(target -> {
            BigDecimal latest = values.get(target.name());
            return new Standing(target, latest, target.metBy(latest), onTrack(target, latest, start, due(target, itemDue), today));
        }).toList();
    }

    /**
     * The standing as the ledger and the quarterly report write it, e.g. "抽检合格率 ≥95%：最新96%，已达标" (未达标, 未报送;
     * 进度滞后 when behind its line).
     */
    public static String describe(Standing standing) {
        Target target = standing.target();
        String unit = target.unit() == null ? "" : target.unit();
        String goal = goal(target);
        if (standing.latest() == null) {
            return goal + "：未报送";
        }
        return goal + "：最新" + plain(standing.latest()) + unit + "，" + (standing.met() ? "已达标"
                : standing.onTrack() ? "未达标" : "未达标，进度滞后");
    }

    /** What the target aims at, as the ledger writes it: "抽检合格率 ≥95%". */
    public static String goal(Target target) {
        return target.name() + " " + (target.direction() == Target.Direction.LE ? "≤" : "≥") + plain(target.value())
                + (target.unit() == null ? "" : target.unit());
    }

    /** A number as written, without trailing zeros or exponent: 95, 2.5. */
    public static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    /** Whether a target of the item is behind its line: the yellow light's rule. */
    public static boolean anyBehind(SupervisedItem item, LocalDate today) {
        return standings(item, today).stream().anyMatch(standing -> !standing.onTrack());
    }

    /** The day a target is due: the last day of its year, else the item's due date. */
    static LocalDate due(Target target, LocalDate itemDue) {
        return target.year() == null ? itemDue : LocalDate.of(target.year(), 12, 31);
    }

    /**
     * On track while nothing is reported yet (a missing report has its own light), or the value is at or beyond the
     * line at today's share of the time; without a baseline there is no line, so only a target past its due and not
     * met is behind.
     */
    private static boolean onTrack(Target target, BigDecimal latest, LocalDate start, LocalDate due, LocalDate today) {
        if (latest == null || target.metBy(latest)) {
            return true;
        }
        if (!today.isBefore(due)) {
            return false;
        }
        if (target.baseline() == null) {
            return true;
        }
        long total = Math.max(1, ChronoUnit.DAYS.between(start, due));
        long passed = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(start, today)));
        BigDecimal share = BigDecimal.valueOf(passed).divide(BigDecimal.valueOf(total), MathContext.DECIMAL64);
        BigDecimal expected = target.baseline().add(target.value().subtract(target.baseline()).multiply(share));
        int compared = latest.compareTo(expected);
        return target.direction() == Target.Direction.LE ? compared <= 0 : compared >= 0;
    }

    /** The targets an item is opened with: each named once, with its direction and value. */
    static List<Target> checked(List<Target> targets) {
        if (targets == null) {
            return List.of();
        }
        Set<String> names = new HashSet<>();
        List<Target> checked = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Target target = targets.get(i);
            String name = target == null || target.name() == null ? "" : target.name().strip();
            if (name.isEmpty()) {
                throw SupervisionProblem.TARGET_NAME_REQUIRED.at(SupervisionFields.target(i, SupervisionFields.TARGET_NAME), i + 1);
            }
            if (name.length() > MAX_NAME) {
                throw SupervisionProblem.TOO_LONG.at(SupervisionFields.target(i, SupervisionFields.TARGET_NAME),
                        SupervisionFields.TARGET_NAME, MAX_NAME);
            }
            if (!names.add(name)) {
                throw SupervisionProblem.TARGET_NAME_REPEATED.at(SupervisionFields.target(i, SupervisionFields.TARGET_NAME), name);
            }
            if (target.direction() == null) {
                throw SupervisionProblem.TARGET_DIRECTION_REQUIRED.at(
                        SupervisionFields.target(i, SupervisionFields.TARGET_DIRECTION), name);
            }
            if (target.value() == null) {
                throw SupervisionProblem.TARGET_VALUE_REQUIRED.at(SupervisionFields.target(i, SupervisionFields.TARGET_VALUE), name);
            }
            String unit = target.unit() == null || target.unit().isBlank() ? null : target.unit().strip();
            if (unit != null && unit.length() > MAX_UNIT) {
                throw SupervisionProblem.TOO_LONG.at(SupervisionFields.target(i, SupervisionFields.TARGET_UNIT),
                        SupervisionFields.TARGET_UNIT, MAX_UNIT);
            }
            checked.add(new Target(name, unit, target.direction(), target.value(), target.baseline(), target.year()));
        }
        return checked;
    }

    /**
     * The values a report states, {@code {name: number}}: one for each of the item's targets, numbers only (a text
     * holding a number is read as one, as a form sends it), no names the item does not have.
     */
    static Map<String, BigDecimal> values(List<Target> targets, Object given) {
        if (given != null && !(given instanceof Map<?, ?>)) {
            throw SupervisionProblem.TARGET_VALUES_NOT_AN_OBJECT.at(SupervisionFields.TARGET_VALUES);
        }
        Map<?, ?> map = given == null ? Map.of() : (Map<?, ?>) given;
        for (Object name : map.keySet()) {
            if (targets.stream().noneMatch(target -> target.name().equals(name))) {
                throw SupervisionProblem.TARGET_UNKNOWN.at(SupervisionFields.targetValue(String.valueOf(name)), name);
            }
        }
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (Target target : targets) {
            Object value = map.get(target.name());
            String field = SupervisionFields.targetValue(target.name());
            if (value == null || value instanceof String text && text.isBlank()) {
                throw SupervisionProblem.TARGET_VALUE_MISSING.at(field, target.name());
            }
            values.put(target.name(), number(value, field, target.name()));
        }
        return values;
    }

    private static BigDecimal number(Object value, String field, String name) {
        try {
            if (value instanceof BigDecimal decimal) {
                return decimal;
            }
            if (value instanceof Number || value instanceof String) {
                return new BigDecimal(value.toString().strip());
            }
            throw new NumberFormatException(String.valueOf(value));
        } catch (NumberFormatException e) {
            throw SupervisionProblem.TARGET_VALUE_NOT_A_NUMBER.at(field, name);
        }
    }
}
