package org.planflow.circulation;

import java.time.Instant;

import org.planflow.plan.UnitRef;

/** One recipient unit's copy of a bulletin: unread, or read by whom and when (late if after the reading deadline). */
public record BulletinReading(long id, long bulletinId, String title, String docNumber, Long planId, Instant publishedAt,
                              Instant readDue, UnitRef unit, String readBy, String readByName, Instant readAt, boolean late,
                              String processInstanceId) {

    public boolean read() {
        return readAt != null;
    }
}
