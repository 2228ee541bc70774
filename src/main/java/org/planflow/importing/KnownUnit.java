package org.planflow.importing;

import java.util.List;

/**
 * A unit of the district as the caller knows it: its code, its name, and the other names documents
 * use for it (short forms, former names, names of units merged into it).
 */
public record KnownUnit(String code, String name, List<String> aliases) {

    public KnownUnit {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
