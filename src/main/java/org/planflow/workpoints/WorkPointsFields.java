package org.planflow.workpoints;

/** The request fields a refusal of a draw names. */
public final class WorkPointsFields {

    public static final String YEAR = "year";
    public static final String ITEMS = "items";
    public static final String SEQ = "seq";
    public static final String DUE_DATE = "dueDate";

    private WorkPointsFields() {
    }
}
