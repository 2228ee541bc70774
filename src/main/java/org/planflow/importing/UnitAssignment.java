package org.planflow.importing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The lead and cooperating units of an item from the names a file gives for them. The first lead that
 * names a unit leads; further leads cooperate. A group named as the only lead (各乡镇负责) leads as a group, with the
 * groups listed after it: each of its units gets the task at issuance. Groups that together form no {@link GroupLead}
 * (各部门、各乡镇) cannot lead: their first name stands as the unmatched lead for the drafter to replace, and their
 * units cooperate.
 *
 * @param lead        the lead unit, null when no lead was named or a group leads
 * @param coops       the cooperating units, without the lead, each once
 * @param namedLeads  the units named as leads, groups left out, the lead first
 * @param groupLeads  the groups named as leads, as written
 * @param leadGroup   the group that leads, or null
 */
record UnitAssignment(ProposedUnit lead, List<ProposedUnit> coops, List<ProposedUnit> namedLeads, List<String> groupLeads,
                      GroupLead leadGroup) {

    static UnitAssignment of(List<String> leadNames, List<String> coopNames, UnitMatcher matcher) {
        List<ProposedUnit> namedLeads = new ArrayList<>();
        List<String> groupLeads = new ArrayList<>();
        Set<ProposedUnit> coops = new LinkedHashSet<>();
        for (String name : leadNames) {
            if (UnitGroup.isGroup(name)) {
                groupLeads.add(name);
            } else if (!namedLeads.contains(matcher.resolve(name))) {
                namedLeads.add(matcher.resolve(name));
            }
        }
        // Groups listed after a leading group lead with it (责任单位：各乡镇、各街道办事处 is 各乡镇（街道）).
        List<String> coopGroups = coopNames.stream().filter(UnitGroup::isGroup).toList();
        GroupLead leadGroup = namedLeads.isEmpty() ? leadGroup(groupLeads, coopGroups) : null;
        ProposedUnit lead = !namedLeads.isEmpty() ? namedLeads.get(0)
                : groupLeads.isEmpty() || leadGroup != null ? null : ProposedUnit.unmatched(UnitNames.clean(groupLeads.get(0)));
        coops.addAll(namedLeads);
        if (leadGroup == null) {
            groupLeads.forEach(group -> coops.addAll(members(group, matcher)));
        }
        coopNames.stream().filter(name -> leadGroup == null || !coopGroups.contains(name))
                .forEach(name -> coops.addAll(matcher.resolveAll(name)));
        coops.remove(lead);
        return new UnitAssignment(lead, List.copyOf(coops), List.copyOf(namedLeads), List.copyOf(groupLeads), leadGroup);
    }

    /** The group the leading groups and the groups listed after them form, if they form one. */
    private static GroupLead leadGroup(List<String> groupLeads, List<String> coopGroups) {
        if (groupLeads.isEmpty()) {
            return null;
        }
        Set<UnitGroup> named = EnumSet.noneOf(UnitGroup.class);
        Stream.concat(groupLeads.stream(), coopGroups.stream()).forEach(group -> named.addAll(UnitGroup.named(group)));
        return GroupLead.of(named).orElse(null);
    }

    /** A group's units; a group without units adds none, its name already stands as the lead. */
    private static List<ProposedUnit> members(String group, UnitMatcher matcher) {
        List<ProposedUnit> units = matcher.resolveAll(group);
        return units.size() == 1 && !units.get(0).matched() ? List.of() : units;
    }

    /** Groups lead that form no {@link GroupLead}: the drafter must choose the lead. */
    boolean groupLedWithoutGroup() {
        return namedLeads.isEmpty() && !groupLeads.isEmpty() && leadGroup == null;
    }
}
