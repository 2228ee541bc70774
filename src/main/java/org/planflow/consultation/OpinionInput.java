package org.planflow.consultation;

/** An opinion as a unit writes it: the section it concerns (e.g. 三 or （二）; empty for the whole plan) and the text. */
public record OpinionInput(String section, String text) {
}
