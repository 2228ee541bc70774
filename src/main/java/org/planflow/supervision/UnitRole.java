package org.planflow.supervision;

/** A unit's part in an item: lead unit (主办), cooperating unit (协办), or either. */
public enum UnitRole {
    LEAD, COOPERATING, ANY
}
