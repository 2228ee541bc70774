package org.planflow.importing;

/**
 * One section of a plan's text as read: its outline number as printed (一、 （一） 1.), its level (1 for
 * 一、, 2 for （一）, 3 for 1.), the heading and the body. A preamble has an empty outline and level 0.
 */
public record ImportedSection(String outline, int level, String heading, String body) {
}
