package org.planflow.supervision;

import java.time.Instant;

/** A formal supervision notice (督办单) on an item, with its number, text, answer deadline and the lead unit head's answer. */
public record SupervisionNotice(long id, String number, String text, Instant answerDue, String issuedBy, Instant issuedAt,
                                String answer, String answeredBy, Instant answeredAt) {
}
