package org.planflow.circulation;

import org.planflow.shared.InputProblem;

/**
 * What issuing, acknowledging, re-routing, bulletins and document numbers refuse: the API answers the English
 * wording with the field (400, or 409 for a clash with what happened), the views word the code as
 * {@code circulation.problem.<CODE>}.
 */
public enum CirculationProblem implements InputProblem {
    PLAN_NOT_APPROVED("The plan is {0}; only an APPROVED plan is issued", true),
    ALREADY_ISSUED("The plan was already issued", true),
    PREFIX_UNKNOWN("Unknown document number prefix ''{0}''; use one of {1}"),
    FORM_REQUIRED("form must be 印发 or 转发"),
    FORM_UNKNOWN("form must be 印发 or 转发, not {0}"),
    ISSUE_DATE_OUT_OF_RANGE("The issue date must lie within the last {0} days and not after today ({1})"),
    ACK_DAYS_OUT_OF_RANGE("The acknowledgement deadline must be 1 to {0} working days"),
    ACK_DEADLINE_PASSED("A deadline of {0} working days after {1} has already passed; give more days or a later issue date"),
    RECIPIENTS_REQUIRED("Choose at least one recipient unit or group"),
    RECIPIENT_UNKNOWN("''{0}'' is neither a unit of the district nor a group (ALL_TOWNSHIPS, ALL_STREETS, ALL_DEPARTMENTS)"),
    ADDRESSEES_TOO_LONG("The addressees are longer than {0} characters"),
    NOTICE_TEXT_TOO_LONG("The notice text is longer than {0} characters"),
    DELIVERY_ANSWERED("The delivery to {0} was already {1}", true),
    REASON_REQUIRED("A refusal needs its reason (拒签原因), e.g. which unit the plan is for"),
    REASON_TOO_LONG("The reason is longer than {0} characters"),
    COMMENT_REQUIRED("Say why the refusal is closed without re-routing"),
    COMMENT_TOO_LONG("The comment is longer than {0} characters"),
    UNIT_REQUIRED("Name the unit to send the plan to instead"),
    UNIT_UNKNOWN("No unit with code ''{0}'' in the district"),
    UNIT_REFUSED("The plan cannot go back to the unit that refused it"),
    UNIT_HAS_PLAN("The plan was already delivered to {0}"),
    BULLETIN_UNITS_REQUIRED("A bulletin needs at least one recipient unit"),
    READ_DAYS_OUT_OF_RANGE("The reading deadline must be 1 to {0} working days"),
    BULLETIN_ALREADY_READ("The bulletin was already read by {0}", true),
    YEAR_OUT_OF_RANGE("The year must be between {0} and {1}"),
    NEXT_REQUIRED("Give the next number, e.g. '{'\"next\": 12'}'"),
    NEXT_OUT_OF_RANGE("The next number must be between 1 and {0}"),
    NUMBER_ISSUED("{0} was already issued; the next number must be {1} or more", true);

    private final String pattern;
    private final boolean conflict;

    CirculationProblem(String pattern) {
        this(pattern, false);
    }

    CirculationProblem(String pattern, boolean conflict) {
        this.pattern = pattern;
        this.conflict = conflict;
    }

    @Override
    public String pattern() {
        return pattern;
    }

    @Override
    public String bundle() {
        return "circulation.problem";
    }

    @Override
    public boolean conflict() {
        return conflict;
    }
}
