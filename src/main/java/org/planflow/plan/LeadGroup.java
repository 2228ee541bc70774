package org.planflow.plan;

import org.planflow.importing.GroupLead;

/**
 * A group of units that leads a breakdown item as a whole (各乡镇, 各街道办事处, 各乡镇（街道）, 各部门, 各成员单位): at
 * issuance each of its units gets the task as its own supervised item, under one item that rolls them up.
 */
public enum LeadGroup {
    TOWNSHIPS, STREETS, TOWNSHIPS_AND_STREETS, DEPARTMENTS, MEMBER_UNITS;

    /** The group's name as plans write it, e.g. 各乡镇（街道）. */
    public String written() {
        return imported().written();
    }

    GroupLead imported() {
        return GroupLead.valueOf(name());
    }

    static LeadGroup of(GroupLead group) {
        return group == null ? null : valueOf(group.name());
    }
}
