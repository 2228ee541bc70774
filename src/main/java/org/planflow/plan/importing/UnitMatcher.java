package org.planflow.plan.importing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.planflow.organization.OrgUnit;
import org.planflow.plan.UnitRef;

/**
 * Finds the district unit a plan means by a name as written. Plans copied from a city or another
 * district write 市市场监管局 or 环保分局 where the district has 区市场监管局 or 生态环境分局, so besides the
 * exact name the matcher ignores a leading 区/市/县 and treats 分局 as 局. It never guesses beyond that:
 * an unknown or ambiguous name stays unmatched for the drafter to resolve.
 */
public final class UnitMatcher {

    private static final String ADMINISTRATIVE_LEVELS = "区市县";

    private final Map<String, OrgUnit> byName = new HashMap<>();
    private final Map<String, List<OrgUnit>> byKey = new HashMap<>();

    public UnitMatcher(Collection<OrgUnit> units) {
        for (OrgUnit unit : units) {
            byName.putIfAbsent(UnitNames.clean(unit.name()), unit);
            for (String key : keys(UnitNames.clean(unit.name()))) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(unit);
            }
        }
    }

    /** The matched unit with the district's own name, or {@link UnitRef#unmatched} with the cleaned name. */
    public UnitRef resolve(String nameAsWritten) {
        String name = UnitNames.clean(nameAsWritten);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("A unit name is required");
        }
        OrgUnit exact = byName.get(name);
        if (exact != null) {
            return new UnitRef(exact.code(), exact.name());
        }
        Set<OrgUnit> candidates = new LinkedHashSet<>();
        for (String key : keys(name)) {
            candidates.addAll(byKey.getOrDefault(key, List.of()));
        }
        if (candidates.size() == 1) {
            OrgUnit unit = candidates.iterator().next();
            return new UnitRef(unit.code(), unit.name());
        }
        return UnitRef.unmatched(name);
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
