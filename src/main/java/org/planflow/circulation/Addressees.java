package org.planflow.circulation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.planflow.organization.OrgUnit;
import org.planflow.organization.UnitType;

/**
 * The addressees line (主送机关) of a notice in the seeds' style, always short enough for its column (decision 037).
 * Groups are named by their wording: "各乡镇人民政府、街道办事处，区政府各部门：". A few single units keep their names
 * after the groups, in the district's order ("各乡镇人民政府，沱河街道办事处："); many are named by their kind: "各" where they are every unit
 * of the kind, "有关" where they are some ("有关乡镇人民政府、街道办事处，区政府有关部门："); units of the other kinds
 * (the government office, the leadership, the supervision office) by name; and where even that would not fit,
 * "各有关单位：".
 */
final class Addressees {

    /** At most this many single units are named one by one. */
    static final int MAX_NAMED = 10;
    static final String EVERY = "各";
    static final String SOME = "有关";
    static final String ANY_UNIT = "各有关单位";

    private static final List<UnitType> LOCAL = List.of(UnitType.TOWNSHIP, UnitType.STREET);
    /** The kinds a notice names its addressees by: the local governments and the government's departments. */
    private static final List<UnitType> BY_KIND = List.of(UnitType.TOWNSHIP, UnitType.STREET, UnitType.DEPARTMENT);
    private static final Map<UnitType, String> KIND = Map.of(UnitType.TOWNSHIP, "乡镇人民政府", UnitType.STREET, "街道办事处");

    private Addressees() {
    }

    /** The line for these recipients (groups and unit codes) among the district's units in use, at most {@code max} long. */
    static String of(List<String> recipients, List<OrgUnit> district, int max) {
        Set<UnitType> groups = recipients.stream().flatMap(recipient -> RecipientGroup.of(recipient).stream())
                .map(RecipientGroup::unitType).collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> chosen = Set.copyOf(recipients);
        List<OrgUnit> singles = district.stream().filter(unit -> chosen.contains(unit.code()) && !groups.contains(unit.type()))
                .toList();
        String named = line(groups, Map.of(), singles);
        if (singles.size() <= MAX_NAMED && named.length() <= max) {
            return named;
        }
        Map<UnitType, String> byKind = new EnumMap<>(UnitType.class);
        for (UnitType type : BY_KIND) {
            long ofKind = singles.stream().filter(unit -> unit.type() == type).count();
            if (ofKind > 0) {
                boolean every = ofKind == district.stream().filter(unit -> unit.type() == type).count();
                byKind.put(type, every ? EVERY : SOME);
            }
        }
        String kinds = line(groups, byKind, singles.stream().filter(unit -> !byKind.containsKey(unit.type())).toList());
        return kinds.length() <= max ? kinds : ANY_UNIT + "：";
    }

    /** Groups and kinds by their wording (each kind "各" or "有关"), then the units left by name. */
    private static String line(Set<UnitType> groups, Map<UnitType, String> byKind, List<OrgUnit> named) {
        Map<UnitType, String> mention = new EnumMap<>(UnitType.class);
        mention.putAll(byKind);
        groups.forEach(type -> mention.put(type, EVERY));
        List<String> parts = new ArrayList<>();
        List<UnitType> local = LOCAL.stream().filter(mention::containsKey).toList();
        if (!local.isEmpty()) {
            StringBuilder governments = new StringBuilder();
            String previous = null;
            for (UnitType type : local) {
                String prefix = mention.get(type);
                governments.append(governments.isEmpty() ? "" : "、").append(prefix.equals(previous) ? "" : prefix).append(KIND.get(type));
                previous = prefix;
            }
            parts.add(governments.toString());
        }
        if (mention.containsKey(UnitType.DEPARTMENT)) {
            parts.add("区政府" + mention.get(UnitType.DEPARTMENT) + "部门");
        }
        if (!named.isEmpty()) {
            parts.add(named.stream().map(OrgUnit::name).collect(Collectors.joining("、")));
        }
        return String.join("，", parts) + "：";
    }
}
