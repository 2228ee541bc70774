package org.planflow.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The plan's office and leading group as the seeds and plain texts state them. */
class OrganisationFromTextTest {

    private final UnitMatcher district = withAliases();

    @Test
    void the_baodi_plan_seats_its_office_in_the_merged_quality_bureau() {
        ProposedOrganisation organisation = read(Seeds.BAODI_QUALITY);
        assertThat(organisation.office()).isEqualTo(new ProposedUnit("scjgj", "区市场监管局"));
        assertThat(organisation.groupName()).isEqualTo("区质量兴区领导小组");
    }

    @Test
    void the_forwarded_plan_names_leader_deputy_and_member_units() {
        ProposedOrganisation organisation = read(Seeds.BAODI_FORWARDED);
        assertThat(organisation.office()).isEqualTo(new ProposedUnit("scjgj", "区市场监管局"));
        assertThat(organisation.groupName()).isEqualTo("质量兴区工作领导小组");
        assertThat(organisation.leader()).isEqualTo("分管副区长");
        assertThat(organisation.deputies()).containsExactly("质监局主要负责同志");
        assertThat(organisation.members()).extracting(ProposedUnit::code).containsExactly("scjgj", "fgw", "sthj", "czj");
    }

    @Test
    void the_county_plan_seats_its_office_in_the_county_market_regulator() {
        ProposedOrganisation organisation = read(Seeds.COUNTY_WEB_COPY);
        assertThat(organisation.office()).isEqualTo(new ProposedUnit("scjgj", "区市场监管局"));
        assertThat(organisation.groupName()).isEqualTo("质量强县活动领导小组");
        assertThat(organisation.leader()).isEqualTo("县政府主要领导");
    }

    @Test
    void a_committee_without_a_seated_office_gives_its_name_only() {
        ProposedOrganisation organisation = read(Seeds.YONGQIAO_DRAFT);
        assertThat(organisation.office()).isNull();
        assertThat(organisation.groupName()).isEqualTo("质量发展委员会");
    }

    @Test
    void an_office_in_a_unit_the_district_does_not_know_stays_unmatched() {
        ProposedOrganisation organisation = OrganisationFromText.read(
                "成立区营商环境工作领导小组，成员由区发改委、区财政局组成。领导小组办公室设在区营商局，负责日常工作。", district);
        assertThat(organisation.office()).isEqualTo(ProposedUnit.unmatched("区营商局"));
        assertThat(organisation.groupName()).isEqualTo("区营商环境工作领导小组");
        assertThat(organisation.members()).extracting(ProposedUnit::code).containsExactly("fgw", "czj");
    }

    @Test
    void a_text_without_an_office_or_group_names_neither() {
        ProposedOrganisation organisation = OrganisationFromText.read("各部门要加强协作，按期完成任务。", district);
        assertThat(organisation.office()).isNull();
        assertThat(organisation.namesGroup()).isFalse();
    }

    @Test
    void the_importer_reports_an_office_it_cannot_match() {
        ImportedDocument document = new DocumentImporter(district, Seeds.LIMIT).read("营商.txt",
                "关于优化营商环境的实施方案\n一、组织领导\n领导小组办公室设在区营商局。\n".getBytes(StandardCharsets.UTF_8));
        assertThat(document.organisation().office().matched()).isFalse();
        assertThat(document.warnings()).anyMatch(warning -> warning.code() == DocumentWarning.Code.UNIT_NOT_FOUND
                && warning.values().contains("区营商局"));
    }

    private ProposedOrganisation read(String seed) {
        return new DocumentImporter(district, Seeds.LIMIT).read(seed + ".txt", Seeds.bytes(seed)).organisation();
    }

    /** The demo district with the aliases its plans write (db/changelog/demo/unit-aliases.csv). */
    private static UnitMatcher withAliases() {
        Map<String, List<String>> aliases = new HashMap<>();
        String csv = new String(Seeds.resource("/db/changelog/demo/unit-aliases.csv"), StandardCharsets.UTF_8);
        for (String line : csv.split("\\r?\\n")) {
            String[] cells = line.split(",");
            if (cells.length >= 2 && !line.startsWith("alias")) {
                aliases.computeIfAbsent(cells[1], code -> new ArrayList<>()).add(cells[0]);
            }
        }
        return new UnitMatcher(Seeds.demoUnits().stream()
                .map(cells -> new KnownUnit(cells[0], cells[1], aliases.getOrDefault(cells[0], List.of()))).toList(),
                new EnumMap<>(UnitGroup.class));
    }
}
