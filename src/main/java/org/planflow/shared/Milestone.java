package org.planflow.shared;

import java.time.LocalDate;

/** A step of the lead unit's plan for an item (节点), with its date. */
public record Milestone(String text, LocalDate due) {
}
