package org.planflow.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every kind of user task, each with the outcomes it completes with. A BPMN user task names its
 * kind in {@code <camunda:property name="kind" value="…"/>}; the inbox, the completion handlers,
 * the views and the API all refer to this one list.
 */
public enum TaskKind {
    DRAFT(Outcome.SUBMIT),
    DEPT_REVIEW(Outcome.PASS, Outcome.RETURN),
    GIVE_OPINION(Outcome.OPINIONS, Outcome.NO_OPINION),
    CONSOLIDATE(Outcome.SUBMIT),
    LEADER_APPROVAL(Outcome.APPROVE, Outcome.RETURN),
    ISSUE(Outcome.ISSUE),
    ACKNOWLEDGE(Outcome.ACKNOWLEDGE, Outcome.REFUSE),
    REROUTE(Outcome.REROUTE, Outcome.CLOSE),
    ASSIGN_LEAD_UNIT(Outcome.ASSIGN),
    ACCEPT_ASSIGNMENT(Outcome.ACCEPT),
    REPORT_PROGRESS(Outcome.REPORT),
    REVIEW_REPORT(Outcome.ACCEPT, Outcome.RETURN),
    VERIFY_CLOSURE(Outcome.CLOSE, Outcome.REOPEN),
    REVIEW_EXTENSION(Outcome.GRANT, Outcome.REFUSE),
    ANSWER_SUPERVISION_NOTICE(Outcome.ANSWER),
    QUARTERLY_REPORT(Outcome.SUBMIT),
    APPROVE_QUARTERLY_REPORT(Outcome.APPROVE, Outcome.RETURN),
    READ_NOTICE(Outcome.READ),
    SELF_ASSESS(Outcome.SUBMIT),
    SCORE_ASSESSMENT(Outcome.SUBMIT),
    APPROVE_ASSESSMENT(Outcome.APPROVE, Outcome.RETURN),
    SUBMIT_SUB_PLAN(Outcome.SUBMIT),
    FILE_SUB_PLAN(Outcome.FILE, Outcome.RETURN),
    CONFIRM_ATTENDANCE(Outcome.ATTEND, Outcome.DECLINE),
    RECORD_MINUTES(Outcome.SUBMIT),
    DRAW_WORK_POINTS(Outcome.SUBMIT);

    private final List<Outcome> outcomes;

    TaskKind(Outcome... outcomes) {
        this.outcomes = List.of(outcomes);
    }

    public List<Outcome> outcomes() {
        return outcomes;
    }

    /** The kind's outcome named by a submitted value; 400 naming the {@link Outcome#VARIABLE} when it is none of them. */
    public Outcome outcome(Object value) {
        return Outcome.of(value).filter(outcomes::contains).orElseThrow(() -> FieldValueProblem.notOneOf(Outcome.VARIABLE, value,
                outcomes.stream().map(Outcome::value).collect(Collectors.joining(", "))));
    }

    public boolean is(String kind) {
        return name().equals(kind);
    }

    public static Optional<TaskKind> of(String kind) {
        return Arrays.stream(values()).filter(value -> value.name().equals(kind)).findFirst();
    }
}
