package org.planflow.supervision;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The header of the quarterly 通报: its number prefix (督查通报〔2027〕1号), the signing office, the red
 * mark (发文机关标志) and the addressees.
 */
@ConfigurationProperties("planflow.supervision.quarterly-review")
public record QuarterlyReviewProperties(String prefix, String issuer, String mark, String addressees) {

    public QuarterlyReviewProperties {
        prefix = blank(prefix) ? "督查通报" : prefix;
        issuer = blank(issuer) ? "区人民政府督查室" : issuer;
        mark = blank(mark) ? "督查通报" : mark;
        addressees = blank(addressees) ? "各成员单位：" : addressees;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
