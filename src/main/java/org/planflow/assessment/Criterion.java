package org.planflow.assessment;

import java.math.BigDecimal;

/**
 * One point-bearing clause of an indicator's scoring method, e.g. 政府工作报告中明确提出质量强区目标任务（2分）.
 * A clause that states an absence (未发生…) needs no evidence: the office checks it against its own records.
 */
public record Criterion(int index, String text, BigDecimal points, boolean evidenceRequired) {
}
