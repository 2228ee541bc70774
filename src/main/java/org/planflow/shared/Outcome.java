package org.planflow.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The outcomes a task completes with, as the API's {@code "outcome"} field and the BPMN gateways'
 * {@code ${outcome == '…'}} conditions spell them.
 */
public enum Outcome {
    SUBMIT, PASS, RETURN, APPROVE, OPINIONS, NO_OPINION, ISSUE, ACKNOWLEDGE, REFUSE, REROUTE, CLOSE, ASSIGN, ACCEPT, REPORT,
    REOPEN, GRANT, ANSWER, READ;

    /** The value on the wire and in process variables, e.g. {@code no_opinion}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Outcome> of(Object value) {
        return value == null ? Optional.empty()
                : Arrays.stream(values()).filter(outcome -> outcome.value().equals(value.toString())).findFirst();
    }
}
