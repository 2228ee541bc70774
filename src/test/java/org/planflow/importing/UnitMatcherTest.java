package org.planflow.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class UnitMatcherTest {

    private final UnitMatcher matcher = Seeds.demoMatcher();

    @Test
    void a_district_unit_is_found_by_its_exact_name() {
        assertThat(matcher.resolve("区市场监管局")).isEqualTo(new ProposedUnit("scjgj", "区市场监管局"));
        assertThat(matcher.resolve("沱河街道办事处")).isEqualTo(new ProposedUnit("street-1", "沱河街道办事处"));
    }

    @Test
    void spaces_and_a_trailing_deng_are_ignored() {
        assertThat(matcher.resolve(" 区 统计局\u3000")).isEqualTo(new ProposedUnit("tjj", "区统计局"));
        assertThat(matcher.resolve("区经信局等")).isEqualTo(new ProposedUnit("jxj", "区经信局"));
    }

    @Test
    void a_city_or_county_prefix_matches_the_district_unit_of_the_same_name() {
        assertThat(matcher.resolve("市市场监管局")).isEqualTo(new ProposedUnit("scjgj", "区市场监管局"));
        assertThat(matcher.resolve("县财政局")).isEqualTo(new ProposedUnit("czj", "区财政局"));
        assertThat(matcher.resolve("市商务局")).isEqualTo(new ProposedUnit("swj", "区商务局"));
    }

    @Test
    void a_name_without_prefix_matches_even_when_it_starts_like_one() {
        // 市场监管局 starts with 市, which is part of the name here
        assertThat(matcher.resolve("市场监管局")).isEqualTo(new ProposedUnit("scjgj", "区市场监管局"));
        assertThat(matcher.resolve("科技局")).isEqualTo(new ProposedUnit("kjj", "区科技局"));
    }

    @Test
    void a_bureau_and_a_branch_bureau_are_the_same_unit() {
        assertThat(matcher.resolve("生态环境局")).isEqualTo(new ProposedUnit("sthj", "区生态环境分局"));
        assertThat(matcher.resolve("市生态环境局")).isEqualTo(new ProposedUnit("sthj", "区生态环境分局"));
        assertThat(matcher.resolve("区统计分局")).isEqualTo(new ProposedUnit("tjj", "区统计局"));
    }

    @Test
    void an_unknown_name_stays_unmatched_with_its_cleaned_name() {
        assertThat(matcher.resolve("工商分局")).isEqualTo(ProposedUnit.unmatched("工商分局"));
        assertThat(matcher.resolve("市经信委")).isEqualTo(ProposedUnit.unmatched("市经信委"));
        assertThat(matcher.resolve("区交通运输局等")).isEqualTo(ProposedUnit.unmatched("区交通运输局"));
    }

    @Test
    void abbreviations_and_similar_names_are_not_guessed() {
        assertThat(matcher.resolve("区发改委").matched()).isFalse(); // the district writes 区发展改革委
        assertThat(matcher.resolve("区文化和旅游局").matched()).isFalse(); // the district has 区文化旅游局
        assertThat(matcher.resolve("环保分局").matched()).isFalse();
    }

    @Test
    void a_name_that_fits_two_units_stays_unmatched() {
        UnitMatcher twoLevels = new UnitMatcher(List.of(new KnownUnit("q", "区财政局", List.of()),
                new KnownUnit("s", "市财政局", List.of())), Map.of());

        assertThat(twoLevels.resolve("县财政局")).isEqualTo(ProposedUnit.unmatched("县财政局"));
        assertThat(twoLevels.resolve("市财政局")).isEqualTo(new ProposedUnit("s", "市财政局"));
    }

    @Test
    void a_blank_name_is_refused() {
        assertThatThrownBy(() -> matcher.resolve("  ")).isInstanceOf(IllegalArgumentException.class);
    }

    // --- aliases: short forms, former names, merged units ---

    private final UnitMatcher withAliases = new UnitMatcher(List.of(
            new KnownUnit("scjgj", "区市场监管局", List.of("工商分局", "质监分局", "区食品药监局")),
            new KnownUnit("fgw", "区发展改革委", List.of("区发改委")),
            new KnownUnit("whlyj", "区文化旅游局", List.of("区文化和旅游局", "区旅游局"))), Map.of());

    @Test
    void a_former_name_matches_the_unit_that_took_over_its_work() {
        assertThat(withAliases.resolve("工商分局")).isEqualTo(new ProposedUnit("scjgj", "区市场监管局"));
        assertThat(withAliases.resolve("区食品药监局")).isEqualTo(new ProposedUnit("scjgj", "区市场监管局"));
    }

    @Test
    void a_short_form_matches_as_written_and_after_the_same_cleaning_as_names() {
        assertThat(withAliases.resolve("区发改委")).isEqualTo(new ProposedUnit("fgw", "区发展改革委"));
        assertThat(withAliases.resolve(" 区 发改委等")).isEqualTo(new ProposedUnit("fgw", "区发展改革委"));
    }

    @Test
    void an_alias_written_with_another_level_or_as_a_branch_bureau_matches_like_a_name() {
        assertThat(withAliases.resolve("市发改委")).isEqualTo(new ProposedUnit("fgw", "区发展改革委"));
        assertThat(withAliases.resolve("发改委")).isEqualTo(new ProposedUnit("fgw", "区发展改革委"));
        assertThat(withAliases.resolve("县旅游分局")).isEqualTo(new ProposedUnit("whlyj", "区文化旅游局"));
        assertThat(withAliases.resolve("质监局")).isEqualTo(new ProposedUnit("scjgj", "区市场监管局"));
    }

    @Test
    void an_alias_two_units_share_matches_neither_and_a_name_wins_over_an_alias() {
        UnitMatcher shared = new UnitMatcher(List.of(new KnownUnit("a", "区农业农村局", List.of("区农林局")),
                new KnownUnit("b", "区自然资源局", List.of("区农林局")), new KnownUnit("c", "区林业局", List.of("区自然资源局"))), Map.of());

        assertThat(shared.resolve("区农林局")).isEqualTo(ProposedUnit.unmatched("区农林局"));
        assertThat(shared.resolve("区自然资源局")).isEqualTo(new ProposedUnit("b", "区自然资源局"));
    }

    // --- groups of units ---

    @Test
    void townships_and_street_offices_written_together_stand_for_all_of_them() {
        List<ProposedUnit> all = units("town-1", "town-2", "town-3", "town-4", "town-5", "town-6", "street-1", "street-2", "street-3");

        assertThat(matcher.resolveAll("各乡镇（街道）")).containsExactlyElementsOf(all);
        assertThat(matcher.resolveAll("各乡镇(街道)")).containsExactlyElementsOf(all);
        assertThat(matcher.resolveAll("各镇街")).containsExactlyElementsOf(all);
        assertThat(matcher.resolveAll("各乡镇街道")).containsExactlyElementsOf(all);
        assertThat(matcher.resolveAll("各乡镇人民政府、街道办事处")).containsExactlyElementsOf(all);
        assertThat(matcher.resolveAll("乡镇（街道）")).containsExactlyElementsOf(all);
    }

    @Test
    void townships_street_offices_and_departments_are_groups_of_their_own() {
        assertThat(matcher.resolveAll("各乡镇")).containsExactlyElementsOf(units("town-1", "town-2", "town-3", "town-4", "town-5", "town-6"));
        assertThat(matcher.resolveAll("各镇人民政府")).hasSize(6);
        assertThat(matcher.resolveAll("各街道办事处")).containsExactlyElementsOf(units("street-1", "street-2", "street-3"));
        assertThat(matcher.resolveAll("各街办")).hasSize(3);
        assertThat(matcher.resolveAll("各部门")).extracting(ProposedUnit::code).containsExactlyElementsOf(Seeds.codesOf("DEPARTMENT"));
        assertThat(matcher.resolveAll("区直各部门")).hasSize(Seeds.codesOf("DEPARTMENT").size());
        assertThat(matcher.resolveAll("区政府各部门")).hasSize(Seeds.codesOf("DEPARTMENT").size());
    }

    @Test
    void every_member_unit_is_every_township_street_office_and_department() {
        List<String> members = Seeds.codesOf("TOWNSHIP", "STREET", "DEPARTMENT");

        assertThat(matcher.resolveAll("各成员单位")).extracting(ProposedUnit::code).containsExactlyElementsOf(members);
        assertThat(matcher.resolveAll("区质量发展委员会各成员单位")).extracting(ProposedUnit::code).containsExactlyElementsOf(members);
        assertThat(members).doesNotContain("gov-office", "leadership", "supervision");
    }

    @Test
    void relevant_units_a_name_and_a_group_the_district_has_no_units_for_are_no_group() {
        assertThat(matcher.resolveAll("各有关部门")).containsExactly(ProposedUnit.unmatched("各有关部门"));
        assertThat(matcher.resolveAll("区财政局")).containsExactly(new ProposedUnit("czj", "区财政局"));
        assertThat(new UnitMatcher(List.of(), Map.of()).resolveAll("各乡镇")).containsExactly(ProposedUnit.unmatched("各乡镇"));
    }

    private static List<ProposedUnit> units(String... codes) {
        return Seeds.demoUnits().stream().filter(cells -> List.of(codes).contains(cells[0]))
                .map(cells -> new ProposedUnit(cells[0], cells[1])).toList();
    }
}
