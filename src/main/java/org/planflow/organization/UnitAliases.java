package org.planflow.organization;

import java.util.List;

/** A unit with its aliases, for whatever matches names as people write them. */
public record UnitAliases(OrgUnit unit, List<UnitAlias> aliases) {

    public UnitAliases {
        aliases = List.copyOf(aliases);
    }
}
