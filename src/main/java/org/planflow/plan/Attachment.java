package org.planflow.plan;

/** An attachment with its content, for download. */
public record Attachment(AttachmentInfo info, byte[] content) {
}
