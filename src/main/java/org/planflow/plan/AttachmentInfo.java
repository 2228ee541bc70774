package org.planflow.plan;

import java.time.Instant;

/** An attachment's description; its bytes are fetched separately. */
public record AttachmentInfo(long id, String fileName, String contentType, long size, String uploadedBy, Instant uploadedAt) {
}
