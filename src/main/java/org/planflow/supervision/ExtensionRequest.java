package org.planflow.supervision;

import java.time.Instant;
import java.time.LocalDate;

/** The lead unit's request for a later due date (延期申请) and the supervisor's decision. */
public record ExtensionRequest(long id, LocalDate requestedDue, LocalDate previousDue, String reason, String requestedBy,
                               Instant requestedAt, String decision, String comment, String decidedBy, Instant decidedAt) {

    public static final String GRANTED = "GRANTED";
    public static final String REFUSED = "REFUSED";
}
