package org.planflow.organization;

/**
 * Published inside the transaction of every change to units and users, so the audit trail records it
 * with the change. {@code subject} says what changed ({@link OrganizationAction#unitSubject},
 * {@link OrganizationAction#userSubject}); {@code details} what it became, in plain words.
 */
public record OrganizationChanged(String subject, OrganizationAction action, String details) {

    /** Where the trail of these changes is shown, with {@code ?subject=} for one unit or user. */
    public static final String TRAIL_ROUTE = "admin/audit";
    public static final String TRAIL_SUBJECT_PARAMETER = "subject";
}
