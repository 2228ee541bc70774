package org.planflow.organization;

import java.util.List;

/**
 * A unit to create or change. On a change the code is ignored and the aliases are not touched (they
 * have their own calls); parent and head may be null.
 */
public record UnitForm(String code, String name, UnitType type, String parent, String head, List<UnitAlias> aliases) {

    public UnitForm {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
