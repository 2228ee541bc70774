package org.planflow.circulation;

/**
 * A kind of document the office issues: its number prefix (区政办发), its name, the issuing office
 * signing it (发文机关署名) and the red mark at its head (发文机关标志).
 */
public record DocumentType(String prefix, String name, String issuer, String mark) {
}
