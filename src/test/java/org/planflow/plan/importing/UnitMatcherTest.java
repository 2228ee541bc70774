package org.planflow.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.planflow.organization.OrgUnit;
import org.planflow.organization.UnitType;
import org.planflow.plan.UnitRef;

class UnitMatcherTest {

    private final UnitMatcher matcher = Seeds.demoMatcher();

    @Test
    void a_district_unit_is_found_by_its_exact_name() {
        assertThat(matcher.resolve("区市场监管局")).isEqualTo(new UnitRef("scjgj", "区市场监管局"));
        assertThat(matcher.resolve("沱河街道办事处")).isEqualTo(new UnitRef("street-1", "沱河街道办事处"));
    }

    @Test
    void spaces_and_a_trailing_deng_are_ignored() {
        assertThat(matcher.resolve(" 区 统计局\u3000")).isEqualTo(new UnitRef("tjj", "区统计局"));
        assertThat(matcher.resolve("区经信局等")).isEqualTo(new UnitRef("jxj", "区经信局"));
    }

    @Test
    void a_city_or_county_prefix_matches_the_district_unit_of_the_same_name() {
        assertThat(matcher.resolve("市市场监管局")).isEqualTo(new UnitRef("scjgj", "区市场监管局"));
        assertThat(matcher.resolve("县财政局")).isEqualTo(new UnitRef("czj", "区财政局"));
        assertThat(matcher.resolve("市商务局")).isEqualTo(new UnitRef("swj", "区商务局"));
    }

    @Test
    void a_name_without_prefix_matches_even_when_it_starts_like_one() {
        // 市场监管局 starts with 市, which is part of the name here
        assertThat(matcher.resolve("市场监管局")).isEqualTo(new UnitRef("scjgj", "区市场监管局"));
        assertThat(matcher.resolve("科技局")).isEqualTo(new UnitRef("kjj", "区科技局"));
    }

    @Test
    void a_bureau_and_a_branch_bureau_are_the_same_unit() {
        assertThat(matcher.resolve("生态环境局")).isEqualTo(new UnitRef("sthj", "区生态环境分局"));
        assertThat(matcher.resolve("市生态环境局")).isEqualTo(new UnitRef("sthj", "区生态环境分局"));
        assertThat(matcher.resolve("区统计分局")).isEqualTo(new UnitRef("tjj", "区统计局"));
    }

    @Test
    void an_unknown_name_stays_unmatched_with_its_cleaned_name() {
        assertThat(matcher.resolve("工商分局")).isEqualTo(UnitRef.unmatched("工商分局"));
        assertThat(matcher.resolve("市经信委")).isEqualTo(UnitRef.unmatched("市经信委"));
        assertThat(matcher.resolve("区交通运输局等")).isEqualTo(UnitRef.unmatched("区交通运输局"));
    }

    @Test
    void abbreviations_and_similar_names_are_not_guessed() {
        assertThat(matcher.resolve("区发改委").matched()).isFalse(); // the district writes 区发展改革委
        assertThat(matcher.resolve("区文化和旅游局").matched()).isFalse(); // the district has 区文化旅游局
        assertThat(matcher.resolve("环保分局").matched()).isFalse();
    }

    @Test
    void a_name_that_fits_two_units_stays_unmatched() {
        UnitMatcher twoLevels = new UnitMatcher(List.of(new OrgUnit("q", "区财政局", UnitType.DEPARTMENT),
                new OrgUnit("s", "市财政局", UnitType.DEPARTMENT)));

        assertThat(twoLevels.resolve("县财政局")).isEqualTo(UnitRef.unmatched("县财政局"));
        assertThat(twoLevels.resolve("市财政局")).isEqualTo(new UnitRef("s", "市财政局"));
    }

    @Test
    void a_blank_name_is_refused() {
        assertThatThrownBy(() -> matcher.resolve("  ")).isInstanceOf(IllegalArgumentException.class);
    }
}
