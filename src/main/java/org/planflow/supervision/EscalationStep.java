package org.planflow.supervision;

/** The rungs of the ladder, in order; the level is what the overdue view shows. */
public enum EscalationStep {
    REMINDER(1), OVERDUE(2), URGE(3), ESCALATE(4);

    private final int level;

    EscalationStep(int level) {
        this.level = level;
    }

    public int level() {
        return level;
    }
}
