package org.planflow.supervision.ui;

/** Where the supervision views word refused fields: {@code supervision.error.<field>}. */
final class SupervisionNotices {

    static final String ERRORS = "supervision.error";

    private SupervisionNotices() {
    }
}
