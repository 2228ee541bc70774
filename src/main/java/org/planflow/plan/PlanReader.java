package org.planflow.plan;

/**
 * The caller's standing towards one plan, from which every feature decides what of its data on the plan the caller
 * sees (docs/security.md, "Who may see what"): the district's oversight (leaders, the supervision office) and
 * business readers (with the government office), the administrator, and by the caller's unit: the plan's lead
 * department, a consulted unit, a unit the plan was delivered to or that carries one of its tasks.
 */
public record PlanReader(String unit, boolean oversight, boolean district, boolean administrator, boolean leadDepartment,
                         boolean consulted, boolean delivered) {

    /** Whether the caller may know the plan exists at all. */
    public boolean mayRead() {
        return district || administrator || leadDepartment || consulted || delivered;
    }

    /** Sees the plan's drafting in full: every opinion, the revisions, the approval's comments, every delivery. */
    public boolean drafting() {
        return district || leadDepartment;
    }

    public boolean isOf(String unitCode) {
        return unit != null && unit.equals(unitCode);
    }
}
