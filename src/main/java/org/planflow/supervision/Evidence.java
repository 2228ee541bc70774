package org.planflow.supervision;

import java.time.Instant;

/** A file the lead unit attached as evidence (佐证材料) of an item's progress, for the period it reported in. */
public record Evidence(long id, String period, String fileName, String contentType, long size, String uploadedBy,
                       Instant uploadedAt) {
}
