package org.planflow.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The outcomes a task completes with, as the API's {@link #VARIABLE outcome} field and the BPMN gateways'
 * {@code ${outcome == '…'}} conditions spell them.
 */
public enum Outcome {
    SUBMIT, PASS, RETURN, APPROVE, OPINIONS, NO_OPINION, ISSUE, ACKNOWLEDGE, REFUSE, REROUTE, CLOSE, ASSIGN, ACCEPT, REPORT,
    REOPEN, GRANT, ANSWER, READ, FILE, ATTEND, DECLINE;

    /** The name of the task field and process variable an outcome travels in; features say {@code inbox.TaskKinds.VAR_OUTCOME}. */
    public static final String VARIABLE = "outcome";

    /** The value on the wire and in process variables, e.g. {@code no_opinion}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Outcome> of(Object value) {
        return value == null ? Optional.empty()
                : Arrays.stream(values()).filter(outcome -> outcome.value().equals(value.toString())).findFirst();
    }
}
