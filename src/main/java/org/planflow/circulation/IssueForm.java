package org.planflow.circulation;

import java.util.Arrays;
import java.util.Optional;

/** How the government office sends a plan out: its own (印发), or a department's forwarded (转发). */
public enum IssueForm {
    ISSUE("印发"), FORWARD("转发");

    private final String label;

    IssueForm(String label) {
        this.label = label;
    }

    /** The word in the notice and on the wire: 印发 or 转发. */
    public String label() {
        return label;
    }

    /** Accepts the Chinese word or the constant's name. */
    public static Optional<IssueForm> of(String value) {
        return Arrays.stream(values()).filter(form -> form.label.equals(value) || form.name().equals(value)).findFirst();
    }
}
