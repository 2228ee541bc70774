package org.planflow.supervision.ui;

/**
 * Where the supervision views would word an uncoded refusal of a field ({@code supervision.error.<field>}); supervision's
 * own refusals are coded and worded as {@code supervision.problem.<CODE>}.
 */
final class SupervisionNotices {

    static final String ERRORS = "supervision.error";

    private SupervisionNotices() {
    }
}
