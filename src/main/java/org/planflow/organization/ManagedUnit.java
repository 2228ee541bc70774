package org.planflow.organization;

import java.util.List;

/**
 * A unit as the administrator manages it: its parent (code, null at the top), its head (负责人,
 * username and name, null if none), whether it is still in use, how many people it has, its aliases.
 */
public record ManagedUnit(String code, String name, UnitType type, String parent, String head, String headName,
                          boolean enabled, int members, List<UnitAlias> aliases) {

    public ManagedUnit {
        aliases = List.copyOf(aliases);
    }

    public OrgUnit unit() {
        return new OrgUnit(code, name, type);
    }
}
