package org.planflow.importing;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A group of units that leads a task as a whole (各乡镇负责): each of its units then gets the task as its own. Only the
 * groups a district names this way lead; a mixture such as 各部门、各乡镇 does not (the drafter chooses, as before).
 */
public enum GroupLead {
    TOWNSHIPS("各乡镇", EnumSet.of(UnitGroup.TOWNSHIPS)),
    STREETS("各街道办事处", EnumSet.of(UnitGroup.STREETS)),
    TOWNSHIPS_AND_STREETS("各乡镇（街道）", EnumSet.of(UnitGroup.TOWNSHIPS, UnitGroup.STREETS)),
    DEPARTMENTS("各部门", EnumSet.of(UnitGroup.DEPARTMENTS)),
    MEMBER_UNITS("各成员单位", EnumSet.of(UnitGroup.MEMBER_UNITS));

    private final String written;
    private final Set<UnitGroup> groups;

    GroupLead(String written, Set<UnitGroup> groups) {
        this.written = written;
        this.groups = groups;
    }

    /** The group's name as a plan writes it, which reads back as this group. */
    public String written() {
        return written;
    }

    /** The group that the names written as leads stand for together, if they stand for one. */
    static Optional<GroupLead> of(Set<UnitGroup> named) {
        return Arrays.stream(values()).filter(group -> group.groups.equals(named)).findFirst();
    }
}
