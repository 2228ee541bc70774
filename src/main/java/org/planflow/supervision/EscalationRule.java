package org.planflow.supervision;

/** When a step is reached: {@code offsetWorkingDays} from the task's due date (negative: before it). */
public record EscalationRule(String taskKind, EscalationStep step, int offsetWorkingDays, boolean enabled) {

    /** Rules for this kind replace the defaults. */
    public static final String ANY_KIND = "*";
}
