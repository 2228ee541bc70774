package org.planflow.assessment;

import java.time.Instant;

import org.planflow.plan.UnitRef;

/**
 * Evidence (佐证材料) a responsible unit gave for an indicator: a file, or a link to one of the year's progress
 * reports of the supervised item with the same breakdown row ({@code reportId}, its period in {@code label}).
 */
public record AssessmentEvidence(long id, int itemSeq, UnitRef unit, String fileName, String contentType, Long size,
                                 Long reportId, String label, String addedBy, Instant addedAt) {

    public boolean isFile() {
        return reportId == null;
    }
}
