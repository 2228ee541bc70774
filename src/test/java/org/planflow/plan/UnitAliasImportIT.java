package org.planflow.plan;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.organization.OrgUnit;
import org.planflow.organization.OrganizationService;
import org.planflow.ui.KaribuUi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Import recognises units by their short and former names (the demo district's aliases), and a name it does not
 * know becomes an alias of the unit the drafter picks, in one step beside the warning.
 */
@PlanFlowTest
class UnitAliasImportIT {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    PlanService plans;

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    void former_names_are_matched_and_an_unknown_name_becomes_an_alias_in_one_step() {
        ApiClient api = new ApiClient(port);
        String unknown = "区质量兴区办";
        String text = """
                关于开展质量提升行动的实施方案
                一、主要任务
                （一）整治农贸市场计量作弊。（牵头单位：工商分局；配合单位：区发改委）
                （二）开展质量品牌创建。（牵头单位：%s）
                """.formatted(unknown);
        ApiClient.Response imported = api.postFile("/api/plans/import", "drafter", "file", "alias.txt",
                text.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        JsonNode plan = imported.json();
        assertThat(plan.path("items")).as(imported.body()).hasSize(2);
        long planId = plan.path("id").asLong();
        assertThat(plan.path("items").get(0).path("leadUnit").path("code").asText()).as("工商分局 merged into 区市场监管局")
                .isEqualTo("scjgj");
        assertThat(plan.path("items").get(0).path("coopUnits").findValuesAsText("code")).as("区发改委").containsExactly("fgw");
        assertThat(plan.path("items").get(1).path("leadUnit").path("code").isNull()).isTrue();
        assertThat(plan.path("warnings").findValuesAsText("code")).contains("UNIT_NOT_FOUND");

        // In the editor the drafter makes the unknown name an alias of 区市场监管局.
        KaribuUi.login(context, "drafter");
        UI.getCurrent().navigate("plan-edit/" + planId);
        @SuppressWarnings("unchecked")
        ComboBox<OrgUnit> unit = _find(ComboBox.class, spec -> spec.withClasses("alias-unit")).stream()
                .filter(box -> unknown.equals(box.getElement().getAttribute("data-name"))).findFirst().orElseThrow();
        LocatorJ._click(_get(Button.class, spec -> spec.withClasses("alias-add")));
        assertThat(unit.isInvalid()).as("no unit chosen").isTrue();
        unit.setValue(unit.getListDataView().getItems().filter(candidate -> candidate.code().equals("scjgj")).findFirst().orElseThrow());
        LocatorJ._click(_get(Button.class, spec -> spec.withClasses("alias-add")));

        Plan updated = plans.get(planId);
        assertThat(updated.items().get(1).leadUnit().code()).isEqualTo("scjgj");
        assertThat(updated.warnings()).noneMatch(warning -> warning.values().contains(unknown));
        assertThat(context.getBean(OrganizationService.class).findByNameOrAlias(unknown).map(OrgUnit::code)).contains("scjgj");
        assertThat(_find(ComboBox.class, spec -> spec.withClasses("alias-unit"))).as("no more such warnings").isEmpty();

        // The next document with that name finds the unit at once.
        JsonNode again = api.postFile("/api/plans/import", "drafter", "file", "again.txt",
                text.getBytes(StandardCharsets.UTF_8)).json();
        assertThat(again.path("items").get(1).path("leadUnit").path("code").asText()).isEqualTo("scjgj");
        List<String> codes = again.path("warnings").findValuesAsText("code");
        assertThat(codes).doesNotContain("UNIT_NOT_FOUND");
    }
}
