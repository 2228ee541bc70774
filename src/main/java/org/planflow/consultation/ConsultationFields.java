package org.planflow.consultation;

/**
 * The names of the fields a unit's opinions (GIVE_OPINION) and the drafter's answers (CONSOLIDATE) carry, as the
 * API, the task completions, the views and the refusals ({@code field}) spell them. The outcome is
 * {@code inbox.TaskKinds.VAR_OUTCOME}.
 */
public final class ConsultationFields {

    /** The list of a unit's opinions, each a {@link #SECTION} and a {@link #TEXT}. */
    public static final String OPINIONS = "opinions";
    /** The part of the plan an opinion concerns, e.g. 三. */
    public static final String SECTION = "section";
    public static final String TEXT = "text";
    /** The drafter's answers, each an {@link #OPINION_ID}, a {@link #DECISION} and a {@link #REASON}. */
    public static final String ANSWERS = "answers";
    public static final String OPINION_ID = "opinionId";
    public static final String DECISION = "decision";
    public static final String REASON = "reason";

    private ConsultationFields() {
    }
}
