package org.planflow.importing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The lead and cooperating units of an item from the names a file gives for them. The first lead that
 * names a unit leads; further leads cooperate. A group named as lead (各乡镇负责) cannot lead as one: its
 * name stands as the unmatched lead for the drafter to replace, and its units cooperate.
 *
 * @param lead        the lead unit, null when no lead was named
 * @param coops       the cooperating units, without the lead, each once
 * @param namedLeads  the units named as leads, groups left out, the lead first
 * @param groupLeads  the groups named as leads, as written
 */
record UnitAssignment(ProposedUnit lead, List<ProposedUnit> coops, List<ProposedUnit> namedLeads, List<String> groupLeads) {

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
        ProposedUnit lead = !namedLeads.isEmpty() ? namedLeads.get(0)
                : groupLeads.isEmpty() ? null : ProposedUnit.unmatched(UnitNames.clean(groupLeads.get(0)));
        coops.addAll(namedLeads);
        groupLeads.forEach(group -> coops.addAll(members(group, matcher)));
        coopNames.forEach(name -> coops.addAll(matcher.resolveAll(name)));
        coops.remove(lead);
        return new UnitAssignment(lead, List.copyOf(coops), List.copyOf(namedLeads), List.copyOf(groupLeads));
    }

    /** A group's units; a group without units adds none, its name already stands as the lead. */
    private static List<ProposedUnit> members(String group, UnitMatcher matcher) {
        List<ProposedUnit> units = matcher.resolveAll(group);
        return units.size() == 1 && !units.get(0).matched() ? List.of() : units;
    }

    boolean groupLed() {
        return namedLeads.isEmpty() && !groupLeads.isEmpty();
    }
}
