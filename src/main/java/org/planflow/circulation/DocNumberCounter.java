package org.planflow.circulation;

/** The next document number of a prefix in a year, and the highest one already issued (0 for none). */
public record DocNumberCounter(String prefix, int year, int next, int lastIssued) {
}
