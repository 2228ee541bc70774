package org.planflow.deadline;

import org.planflow.shared.TaskKind;

/**
 * The limits of a task deadline and how a process overrides the default for its own tasks: a process
 * variable {@link #variable(TaskKind) workingDays_KIND} holding the working days (null: the default).
 */
public final class TaskDeadlines {

    public static final int MIN_WORKING_DAYS = 1;
    public static final int MAX_WORKING_DAYS = 60;

    private static final String VARIABLE_PREFIX = "workingDays_";

    private TaskDeadlines() {
    }

    /** The process variable that overrides the default deadline of this kind's tasks in its process. */
    public static String variable(TaskKind kind) {
        return VARIABLE_PREFIX + kind.name();
    }

    /** 400 naming {@code field} unless {@code days} is null or within 1 to 60 working days. */
    public static void check(String field, Integer days) {
        check(field, days, DeadlineProblem.DAYS_OUT_OF_RANGE);
    }

    static void check(String field, Integer days, DeadlineProblem problem) {
        if (days != null && (days < MIN_WORKING_DAYS || days > MAX_WORKING_DAYS)) {
            throw problem.at(field, MIN_WORKING_DAYS, MAX_WORKING_DAYS, days);
        }
    }
}
