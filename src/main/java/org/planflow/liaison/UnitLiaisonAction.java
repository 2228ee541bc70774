package org.planflow.liaison;

/** What a unit's own naming of liaisons for all its plans writes to the administration trail ({@code admin.action.<name>}). */
public enum UnitLiaisonAction {
    UNIT_LIAISONS_NAMED
}
