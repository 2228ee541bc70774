package org.planflow.circulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.planflow.organization.OrgUnit;

/**
 * The addressees line (主送机关) of a notice in the seeds' style: "各乡镇人民政府、街道办事处，区政府各部门："
 * for the groups, then single units by name.
 */
final class Addressees {

    private Addressees() {
    }

    static String of(List<String> recipients, List<OrgUnit> district) {
        boolean townships = recipients.contains(RecipientGroup.ALL_TOWNSHIPS.name());
        boolean streets = recipients.contains(RecipientGroup.ALL_STREETS.name());
        List<String> parts = new ArrayList<>();
        if (townships && streets) {
            parts.add("各乡镇人民政府、街道办事处");
        } else if (townships) {
            parts.add("各乡镇人民政府");
        } else if (streets) {
            parts.add("各街道办事处");
        }
        if (recipients.contains(RecipientGroup.ALL_DEPARTMENTS.name())) {
            parts.add("区政府各部门");
        }
        Map<String, OrgUnit> byCode = district.stream().collect(Collectors.toMap(OrgUnit::code, Function.identity()));
        String units = recipients.stream().map(byCode::get).filter(java.util.Objects::nonNull)
                .filter(unit -> !(townships && unit.type() == RecipientGroup.ALL_TOWNSHIPS.unitType())
                        && !(streets && unit.type() == RecipientGroup.ALL_STREETS.unitType())
                        && !(recipients.contains(RecipientGroup.ALL_DEPARTMENTS.name())
                        && unit.type() == RecipientGroup.ALL_DEPARTMENTS.unitType()))
                .map(OrgUnit::name).collect(Collectors.joining("、"));
        if (!units.isEmpty()) {
            parts.add(units);
        }
        return String.join("，", parts) + "：";
    }
}
