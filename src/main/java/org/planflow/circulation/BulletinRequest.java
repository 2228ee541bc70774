package org.planflow.circulation;

import java.util.List;

/**
 * What a feature asks to circulate as a bulletin (通报): the issuing office's header (number prefix,
 * signing office, red mark), the title, addressees and text, the recipient units, and an optional
 * reading deadline in working days (null: none).
 */
public record BulletinRequest(Long planId, String source, String prefix, String issuer, String issuerMark, String title,
                              String addressees, String body, List<String> units, Integer readWorkingDays) {

    public BulletinRequest {
        units = units == null ? List.of() : List.copyOf(units);
    }
}
