package org.planflow.circulation;

import java.time.Instant;

/**
 * A bulletin (通报): a numbered, read-only notice circulated to units, e.g. a plan's quarterly status
 * report. Each recipient unit marks it read (待阅 → 已阅); {@code readDue} is null unless the publisher
 * set a reading deadline.
 */
public record Bulletin(long id, Long planId, String source, String title, String docNumber, String issuer, String issuerMark,
                       String addressees, String body, Instant readDue, String publishedBy, Instant publishedAt) {
}
