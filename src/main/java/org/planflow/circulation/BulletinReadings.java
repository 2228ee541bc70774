package org.planflow.circulation;

import java.util.List;

/** A bulletin with every recipient unit's reading, and how many have read it. */
public record BulletinReadings(Bulletin bulletin, List<BulletinReading> readings) {

    public long readCount() {
        return readings.stream().filter(BulletinReading::read).count();
    }
}
