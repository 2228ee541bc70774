package org.planflow.liaison;

/**
 * What naming liaisons writes to the trails: a plan's naming to its timeline ({@code plan.action.<name>}), a unit's
 * own to the administration trail ({@code admin.action.<name>}).
 */
public enum LiaisonAction {
    LIAISONS_NAMED, LIAISONS_CLEARED, UNIT_LIAISONS_NAMED
}
