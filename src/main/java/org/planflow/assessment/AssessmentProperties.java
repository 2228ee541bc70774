package org.planflow.assessment;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The stated totals a scoring table is checked against (100 base points, 5 bonus points), the longest
 * self-assessment deadline, and the header of the results' 通报 (number prefix, signing office, red mark, addressees).
 */
@ConfigurationProperties("planflow.assessment")
public record AssessmentProperties(BigDecimal baseTotal, BigDecimal bonusTotal, Integer maxDeadlineWorkingDays, String prefix,
                                   String issuer, String mark, String addressees) {

    public AssessmentProperties {
        baseTotal = baseTotal == null ? new BigDecimal("100") : baseTotal;
        bonusTotal = bonusTotal == null ? new BigDecimal("5") : bonusTotal;
        maxDeadlineWorkingDays = maxDeadlineWorkingDays == null ? 60 : maxDeadlineWorkingDays;
        prefix = blank(prefix) ? "督查通报" : prefix;
        issuer = blank(issuer) ? "区人民政府督查室" : issuer;
        mark = blank(mark) ? "督查通报" : mark;
        addressees = blank(addressees) ? "各成员单位：" : addressees;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
