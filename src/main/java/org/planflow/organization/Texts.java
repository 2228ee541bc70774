package org.planflow.organization;

/** Checks of the texts administrators type: stripped, required where it says so, within a length. */
final class Texts {

    private Texts() {
    }

    static String required(String field, String value, int maxLength) {
        String text = optional(field, value, maxLength);
        if (text == null) {
            throw OrganizationProblem.REQUIRED.at(field);
        }
        return text;
    }

    static String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > maxLength) {
            throw OrganizationProblem.TOO_LONG.at(field, maxLength);
        }
        return text;
    }
}
