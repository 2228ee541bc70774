package org.planflow.liaison;

/** What naming liaisons for one plan writes to its timeline ({@code plan.action.<name>}). */
public enum LiaisonAction {
    LIAISONS_NAMED, LIAISONS_CLEARED
}
