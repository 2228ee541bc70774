package org.planflow.shared;

import java.math.BigDecimal;

/**
 * A numeric target (指标) of a task: its name, its unit of measure (%, 家, 个), whether the value must reach it (GE,
 * 达到/不低于) or stay within it (LE, 控制在…以内), the target value, the baseline it starts from (null when unknown) and
 * the year it is due (null: the task's own due date).
 */
public record Target(String name, String unit, Direction direction, BigDecimal value, BigDecimal baseline, Integer year) {

    public enum Direction {
        /** At least the value (≥). */
        GE,
        /** At most the value (≤). */
        LE
    }

    /** Whether a reported value meets the target. */
    public boolean metBy(BigDecimal current) {
        return current != null && (direction == Direction.LE ? current.compareTo(value) <= 0 : current.compareTo(value) >= 0);
    }
}
