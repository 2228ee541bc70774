package org.planflow.circulation;

import org.planflow.shared.Conflict;
import org.planflow.shared.InputProblem;

/**
 * What issuing, acknowledging, re-routing, bulletins and document numbers refuse: the API answers the English
 * wording with the field (400, or 409 for a clash with what happened), the views word the code as
 * {@code circulation.problem.<CODE>}.
 */
public enum CirculationProblem implements InputProblem {
    @Conflict PLAN_NOT_APPROVED,
    @Conflict ALREADY_ISSUED,
    PREFIX_UNKNOWN,
    FORM_REQUIRED,
    FORM_UNKNOWN,
    ISSUE_DATE_OUT_OF_RANGE,
    ACK_DAYS_OUT_OF_RANGE,
    ACK_DEADLINE_PASSED,
    RECIPIENTS_REQUIRED,
    RECIPIENT_UNKNOWN,
    ADDRESSEES_TOO_LONG,
    NOTICE_TEXT_TOO_LONG,
    @Conflict DELIVERY_ANSWERED,
    REASON_REQUIRED,
    REASON_TOO_LONG,
    COMMENT_REQUIRED,
    COMMENT_TOO_LONG,
    UNIT_REQUIRED,
    UNIT_UNKNOWN,
    UNIT_REFUSED,
    UNIT_HAS_PLAN,
    BULLETIN_UNITS_REQUIRED,
    READ_DAYS_OUT_OF_RANGE,
    @Conflict BULLETIN_ALREADY_READ,
    YEAR_OUT_OF_RANGE,
    NEXT_REQUIRED,
    NEXT_OUT_OF_RANGE,
    @Conflict NUMBER_ISSUED,
    SUB_PLAN_UNIT_NOT_RECIPIENT,
    SUB_PLAN_DAYS_OUT_OF_RANGE,
    SUB_PLAN_DEADLINE_PASSED;

    @Override
    public String bundle() {
        return "circulation.problem";
    }
}
