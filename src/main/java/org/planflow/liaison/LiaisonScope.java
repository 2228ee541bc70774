package org.planflow.liaison;

/** Where a liaison's naming comes from: the plan itself, or the unit's own naming for all its plans. */
public enum LiaisonScope {
    PLAN, UNIT
}
