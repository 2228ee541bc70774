package org.planflow.organization;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds units as people type them: a unit matches when what was typed is part of its name, its code or
 * one of its aliases (区发改委, 工商分局), ignoring spaces and case. Every unit picker filters with
 * {@link #matches}: {@code comboBox.setItems(search::matches, search.units())}.
 */
public final class UnitSearch implements Serializable {

    private final List<OrgUnit> units;
    private final Map<String, List<String>> keys = new HashMap<>();
    private final Map<String, List<UnitAlias>> aliases = new HashMap<>();

    public UnitSearch(List<UnitAliases> units) {
        this.units = units.stream().map(UnitAliases::unit).toList();
        for (UnitAliases entry : units) {
            List<String> unitKeys = new ArrayList<>(List.of(normalize(entry.unit().name()), normalize(entry.unit().code())));
            entry.aliases().forEach(alias -> unitKeys.add(normalize(alias.alias())));
            keys.put(entry.unit().code(), unitKeys);
            aliases.put(entry.unit().code(), entry.aliases());
        }
    }

    /** The units in use, in display order. */
    public List<OrgUnit> units() {
        return units;
    }

    public boolean matches(OrgUnit unit, String typed) {
        String text = normalize(typed);
        return text.isEmpty() || keys.getOrDefault(unit.code(), List.of(normalize(unit.name()))).stream()
                .anyMatch(key -> key.contains(text));
    }

    public List<UnitAlias> aliasesOf(OrgUnit unit) {
        return aliases.getOrDefault(unit.code(), List.of());
    }

    /** A name without spaces (full-width ones too) and in lower case, as names and aliases are compared. */
    public static String normalize(String text) {
        return text == null ? "" : text.replaceAll("[\\s\\u3000]+", "").toLowerCase(Locale.ROOT);
    }
}
