package org.planflow.importing;

import java.util.List;

/**
 * A plan's own organisation as its text states it: the unit seating its office ("办公室设在…", unmatched when the
 * district has no such unit; null when the text names none) and the leading group (领导小组, 委员会) it serves: its
 * name, leader (组长), deputies (副组长) and the member units the district knows.
 */
public record ProposedOrganisation(ProposedUnit office, String groupName, String leader, List<String> deputies,
                                   List<ProposedUnit> members) {

    public ProposedOrganisation {
        deputies = List.copyOf(deputies);
        members = List.copyOf(members);
    }

    public static ProposedOrganisation none() {
        return new ProposedOrganisation(null, null, null, List.of(), List.of());
    }

    public boolean namesGroup() {
        return groupName != null || leader != null || !deputies.isEmpty() || !members.isEmpty();
    }
}
