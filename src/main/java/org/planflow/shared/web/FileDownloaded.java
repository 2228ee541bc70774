package org.planflow.shared.web;

/**
 * A file handed to the caller, through the API or a view: what it is ({@code plan:12/attachment:3},
 * {@code item:7/evidence:2}, {@code organization-template}), the plan and supervised item it belongs to if any,
 * and the name it was sent under. Published by {@link Downloads} in the download's request, for the audit trail.
 */
public record FileDownloaded(String what, Long planId, Long itemId, String fileName) {

    /** A file of no plan, e.g. a template. */
    public static FileDownloaded of(String what, String fileName) {
        return new FileDownloaded(what, null, null, fileName);
    }

    /** A file of a plan: {@code what} is put after the plan, as in {@code plan:12/notice}. */
    public static FileDownloaded ofPlan(long planId, String what, String fileName) {
        return new FileDownloaded("plan:" + planId + "/" + what, planId, null, fileName);
    }
}
