package org.planflow.inbox;

import java.time.Instant;

/** A task the user completed (已办): what, for which plan and unit, when, with which outcome. */
public record DoneEntry(String id, String name, String kind, Long planId, String planTitle, String unit,
                        Instant completed, String outcome) {
}
