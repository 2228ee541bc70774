package org.planflow.supervision;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One period's progress report of an item: opened when the period ends, due some working days later;
 * the lead unit's progress, percent, status, problems, next steps and the value of each of the item's targets; the
 * supervisor's review.
 */
public record ProgressReport(long id, String period, LocalDate periodEnd, Instant due, String submittedBy, Instant submittedAt,
                             String progress, Integer percent, ReportStatus status, String problems, String nextSteps,
                             boolean late, String review, String reviewComment, String reviewedBy, Instant reviewedAt,
                             Map<String, BigDecimal> targetValues) {

    public ProgressReport {
        targetValues = targetValues == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(targetValues));
    }

    public static final String ACCEPTED = "ACCEPTED";
    public static final String RETURNED = "RETURNED";

    public boolean submitted() {
        return submittedAt != null;
    }
}
