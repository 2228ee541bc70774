package org.planflow.plan;

/**
 * One section of a plan's text: its outline number as printed (一、 （一） 1.), its level (1 for
 * 一、, 2 for （一）, 3 for 1.), the heading and the body text. A preamble has an empty outline.
 */
public record PlanSection(String outline, int level, String heading, String body) {
}
