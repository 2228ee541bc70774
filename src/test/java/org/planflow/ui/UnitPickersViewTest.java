package org.planflow.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.planflow.PlanFlowTest;
import org.planflow.organization.OrgUnit;
import org.planflow.organization.UnitAliases;
import org.planflow.organization.UnitAlias;
import org.planflow.organization.AliasKind;
import org.planflow.organization.UnitSearch;
import org.planflow.organization.UnitType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Unit pickers find a unit by what people type: a short form, a former name, a unit merged into it. */
@PlanFlowTest
class UnitPickersViewTest {

    @Autowired
    ApplicationContext context;

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    void the_plan_list_finds_the_lead_unit_by_its_short_form() {
        KaribuUi.login(context, "supervisor");
        UI.getCurrent().navigate("plans");
        ComboBox<OrgUnit> lead = combo("plan-lead-unit-filter");

        ComboBoxKt.setUserInput(lead, "发改委");

        assertThat(ComboBoxKt.getSuggestions(lead)).containsExactly("区发展改革委");
    }

    @Test
    void the_supervised_items_find_a_unit_by_a_unit_merged_into_it() {
        KaribuUi.login(context, "supervisor");
        UI.getCurrent().navigate("supervision/items");
        ComboBox<OrgUnit> unit = combo("items-unit-filter");

        ComboBoxKt.setUserInput(unit, "工商分局");
        assertThat(ComboBoxKt.getSuggestions(unit)).containsExactly("区市场监管局");
        ComboBoxKt.setUserInput(unit, "环保");
        assertThat(ComboBoxKt.getSuggestions(unit)).containsExactly("区生态环境分局");
        ComboBoxKt.setUserInput(unit, "街道");
        assertThat(ComboBoxKt.getSuggestions(unit)).containsExactly("沱河街道办事处", "三里街道办事处", "北关街道办事处");
    }

    @Test
    void a_search_matches_name_code_and_aliases_ignoring_spaces_and_case() {
        OrgUnit unit = new OrgUnit("fgw", "区发展改革委", UnitType.DEPARTMENT);
        UnitSearch search = new UnitSearch(List.of(new UnitAliases(unit, List.of(new UnitAlias("区发改委", AliasKind.SHORT)))));

        assertThat(search.matches(unit, "区 发改")).isTrue();
        assertThat(search.matches(unit, "FGW")).isTrue();
        assertThat(search.matches(unit, "改革委")).isTrue();
        assertThat(search.matches(unit, "")).isTrue();
        assertThat(search.matches(unit, "财政")).isFalse();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<OrgUnit> combo(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }
}
