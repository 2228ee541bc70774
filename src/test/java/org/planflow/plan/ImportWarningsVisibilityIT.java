package org.planflow.plan;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.TestPlans;
import org.planflow.importing.DocumentWarning;
import org.planflow.ui.KaribuUi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * An imported plan's warnings are the drafting side's (decision 059): its drafter and the lead department see them on
 * the plan's page and in {@code GET /api/plans/{id}}; the township it was issued to, the district's supervision office
 * and leaders read the plan with an empty list of warnings, and no warnings box.
 */
@PlanFlowTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportWarningsVisibilityIT {

    private static final String UNKNOWN_UNIT = "区火星局";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    PlanService plans;

    long planId;

    /** An imported plan with a unit name the district does not know, issued to 城关镇 (town-1). */
    @BeforeAll
    void issuedImport() {
        KaribuUi.login(context, "drafter");
        planId = plans.createImported(new PlanDraft("导入警告可见范围 " + System.nanoTime(), null, null,
                List.of(new PlanSection("一、", 1, "主要任务", "加强市场监管。")), List.of(), null, null),
                List.of(ImportWarning.of(DocumentWarning.of(DocumentWarning.Code.UNIT_NOT_FOUND, UNKNOWN_UNIT))), "方案.docx").id();
        KaribuUi.stop();
        TestPlans.issue(new ApiClient(port), planId, "[\"town-1\"]");
    }

    @AfterEach
    void stopUi() {
        KaribuUi.stop();
    }

    @Test
    void the_drafter_and_the_lead_department_read_the_warnings_in_the_api_and_other_readers_an_empty_list() {
        ApiClient api = new ApiClient(port);
        for (String drafting : List.of("drafter", "reviewer", "staff-scjgj")) {
            ApiClient.Response plan = api.get("/api/plans/" + planId, drafting);
            assertThat(plan.status()).as(drafting).isEqualTo(200);
            assertThat(plan.json().path("warnings").findValuesAsText("code")).as(drafting).containsExactly("UNIT_NOT_FOUND");
            assertThat(plan.json().path("warnings").get(0).path("values").get(0).asText()).isEqualTo(UNKNOWN_UNIT);
        }
        for (String reader : List.of("staff-town-1", "supervisor", "leader", "office", "admin")) {
            ApiClient.Response plan = api.get("/api/plans/" + planId, reader);
            assertThat(plan.status()).as(reader).isEqualTo(200);
            JsonNode warnings = plan.json().path("warnings");
            assertThat(warnings.isArray()).as(reader + ": the field stays, empty").isTrue();
            assertThat(warnings).as(reader).isEmpty();
            assertThat(plan.body()).as(reader).doesNotContain(UNKNOWN_UNIT);
        }
        ApiClient.Response notInvolved = api.get("/api/plans/" + planId, "staff-town-2");
        assertThat(notInvolved.status()).isEqualTo(404);
        assertThat(notInvolved.body()).doesNotContain(UNKNOWN_UNIT);
    }

    @Test
    void the_township_it_was_issued_to_reads_the_plan_page_without_the_warnings_box() {
        KaribuUi.login(context, "staff-town-1");
        UI.getCurrent().navigate("plan/" + planId);

        assertThat(_get(H2.class, spec -> spec.withId("plan-title")).getText()).startsWith("导入警告可见范围");
        assertThat(_find(Div.class, spec -> spec.withId("plan-warnings"))).isEmpty();
    }

    @Test
    void the_drafter_reads_the_plan_page_with_the_warnings_box() {
        KaribuUi.login(context, "drafter");
        UI.getCurrent().navigate("plan/" + planId);

        assertThat(_get(Div.class, spec -> spec.withId("plan-warnings")).getElement().getTextRecursively())
                .contains("本区未找到单位：" + UNKNOWN_UNIT);
    }
}
