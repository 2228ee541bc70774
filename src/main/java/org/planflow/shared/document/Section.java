package org.planflow.shared.document;

/**
 * A numbered part of an attachment. {@code outline} is printed as given ("一、", "（一）", "1."); {@code level} 1 to 3
 * picks the heading face (黑体, 楷体, 仿宋) and 0 marks a preamble with no heading. A level 2 or 3 heading ending in
 * "。" runs into its first body paragraph, as 公文 usually print "（一）工作目标。到2026年……".
 */
public record Section(String outline, int level, String heading, String body) {

    public Section {
        if (level < 0 || level > 3) {
            throw new IllegalArgumentException("Section level must be 0 to 3: " + level);
        }
    }
}
