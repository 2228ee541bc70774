package org.planflow.plan;

import java.util.List;

/**
 * The leading group (领导小组, 委员会) a plan's office serves: its name, its leader (组长) and deputies (副组长) as the
 * text names them, and its member units' codes.
 */
public record LeadingGroup(String name, String leader, List<String> deputies, List<String> units) {

    public LeadingGroup {
        deputies = deputies == null ? List.of() : List.copyOf(deputies);
        units = units == null ? List.of() : List.copyOf(units);
    }

    public boolean isEmpty() {
        return blank(name) && blank(leader) && deputies.isEmpty() && units.isEmpty();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
