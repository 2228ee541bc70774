package org.planflow.circulation;

/** The covering notice as the template words it, for the clerk to edit before issuing. */
public record NoticeDraft(String title, String addressees, String text, String issuer) {
}
