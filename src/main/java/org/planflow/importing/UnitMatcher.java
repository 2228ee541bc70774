package org.planflow.importing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the known unit a plan means by a name as written. Plans copied from a city or another
 * district write 市市场监管局 or 环保分局 where the district has 区市场监管局 or 生态环境分局, so besides the
 * exact name or alias the matcher ignores a leading 区/市/县 and treats 分局 as 局. It never guesses beyond
 * that: an unknown or ambiguous name stays unmatched for the drafter to resolve. A group such as
 * 各乡镇（街道） stands for the units the caller put in that group.
 */
public final class UnitMatcher {

    private static final String ADMINISTRATIVE_LEVELS = "区市县";

    private final Map<String, Set<KnownUnit>> byName = new HashMap<>();
    private final Map<String, Set<KnownUnit>> byAlias = new HashMap<>();
    private final Map<String, Set<KnownUnit>> byKey = new HashMap<>();
    private final Map<UnitGroup, List<ProposedUnit>> groups = new EnumMap<>(UnitGroup.class);

    /**
     * The units the district knows, and for each group the codes of its units (a code no unit has is
     * left out; a group not given has no units, so its name stays unmatched).
     */
    public UnitMatcher(Collection<KnownUnit> units, Map<UnitGroup, ? extends Collection<String>> groupMembers) {
        Map<String, KnownUnit> byCode = new HashMap<>();
        for (KnownUnit unit : units) {
            byCode.putIfAbsent(unit.code(), unit);
            index(byName, UnitNames.clean(unit.name()), unit);
            for (String alias : unit.aliases()) {
                index(byAlias, UnitNames.clean(alias), unit);
            }
        }
        for (KnownUnit unit : units) {
            for (String written : names(unit)) {
                for (String key : keys(UnitNames.clean(written))) {
                    index(byKey, key, unit);
                }
            }
        }
        groupMembers.forEach((group, codes) -> groups.put(group, codes.stream().map(byCode::get)
                .filter(unit -> unit != null).map(UnitMatcher::ref).toList()));
    }

    /** The matched unit with its known name, or {@link ProposedUnit#unmatched} with the cleaned name. */
    public ProposedUnit resolve(String nameAsWritten) {
        String name = UnitNames.clean(nameAsWritten);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("A unit name is required");
        }
        for (Map<String, Set<KnownUnit>> exact : List.of(byName, byAlias)) {
            Set<KnownUnit> found = exact.getOrDefault(name, Set.of());
            if (found.size() == 1) {
                return ref(found.iterator().next());
            }
        }
        Set<KnownUnit> candidates = new LinkedHashSet<>();
        for (String key : keys(name)) {
            candidates.addAll(byKey.getOrDefault(key, Set.of()));
        }
        return candidates.size() == 1 ? ref(candidates.iterator().next()) : ProposedUnit.unmatched(name);
    }

    /**
     * The units a name stands for: the units of a group such as 各乡镇（街道） in the order given, or the
     * one unit {@link #resolve} finds (unmatched as well, as for a group without units).
     */
    public List<ProposedUnit> resolveAll(String nameAsWritten) {
        Set<UnitGroup> named = UnitGroup.named(nameAsWritten);
        Set<ProposedUnit> members = new LinkedHashSet<>();
        named.forEach(group -> members.addAll(groups.getOrDefault(group, List.of())));
        return members.isEmpty() ? List.of(resolve(nameAsWritten)) : List.copyOf(members);
    }

    private static List<String> names(KnownUnit unit) {
        List<String> names = new ArrayList<>();
        names.add(unit.name());
        names.addAll(unit.aliases());
        return names;
    }

    private static void index(Map<String, Set<KnownUnit>> index, String key, KnownUnit unit) {
        if (!key.isEmpty()) {
            index.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(unit);
        }
    }

    private static ProposedUnit ref(KnownUnit unit) {
        return new ProposedUnit(unit.code(), unit.name());
    }

    /**
     * The name with 分局 as 局, with and without its level prefix. Both forms are kept because the first
     * character may belong to the name itself (市场监管局 starts with 市), so two names match when they
     * share a form.
     */
    private static Set<String> keys(String name) {
        String key = name.replace("分局", "局");
        Set<String> keys = new LinkedHashSet<>();
        keys.add(key);
        if (key.length() > 2 && ADMINISTRATIVE_LEVELS.indexOf(key.charAt(0)) >= 0) {
            keys.add(key.substring(1));
        }
        return keys;
    }
}
