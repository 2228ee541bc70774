package org.planflow.supervision;

import org.planflow.shared.Cadence;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The district's supervision settings: how many working days a lead unit has to accept an item and to
 * report after a period ends, when an item turns yellow before its due date, and the default cadence.
 */
@ConfigurationProperties("planflow.supervision")
public record SupervisionProperties(int acceptWorkingDays, int reportWorkingDays, int yellowWorkingDays, Cadence defaultCadence) {

    public SupervisionProperties {
        acceptWorkingDays = acceptWorkingDays < 1 ? 5 : acceptWorkingDays;
        reportWorkingDays = reportWorkingDays < 1 ? 5 : reportWorkingDays;
        yellowWorkingDays = yellowWorkingDays < 1 ? 5 : yellowWorkingDays;
        defaultCadence = defaultCadence == null ? Cadence.QUARTERLY : defaultCadence;
    }
}
