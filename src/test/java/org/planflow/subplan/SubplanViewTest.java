package org.planflow.subplan;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.TestPlans;
import org.planflow.inbox.InboxService;
import org.planflow.organization.OrgUnit;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanService;
import org.planflow.plan.PlanStatus;
import org.planflow.plan.PlanTab;
import org.planflow.ui.KaribuUi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The office asks 城关镇 for its own plan in the issue dialog; 城关镇's drafter starts it from the parent's 配套方案 tab,
 * its staff submit it from their task, the office returns it with a comment, and the tab and the sub-plan's page show it.
 */
@PlanFlowTest
class SubplanViewTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    InboxService inbox;
    @Autowired
    PlanService plans;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    void a_town_asked_in_the_issue_dialog_starts_submits_and_sees_its_returned_own_plan_in_the_tab() {
        ApiClient api = new ApiClient(port);
        TownPlanners.hire(api, jdbc);
        long planId = TestPlans.approved(api, "视图配套方案测试 " + System.nanoTime());

        KaribuUi.login(context, "office");
        KaribuUi.openTask(inbox, "ISSUE", planId);
        choose(_get(MultiSelectComboBox.class, spec -> spec.withId("issue-units")), Set.of("town-1", "town-2"));
        choose(_get(MultiSelectComboBox.class, spec -> spec.withId("issue-sub-plan-units")), Set.of("town-1"));
        _click(_get(Button.class, spec -> spec.withId("issue-plan")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("issue-confirm")));
        assertThat(plans.get(planId).status()).isEqualTo(PlanStatus.ISSUED);

        KaribuUi.login(context, TownPlanners.drafter("town-1"));
        tab(planId);
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._get(grid(), 0).status()).isEqualTo(SubplanStatus.PENDING);
        assertThat(GridKt._get(grid(), 0).unit().code()).isEqualTo("town-1");
        _get(TextField.class, spec -> spec.withId("subplan-title")).setValue("城关镇质量提升配套方案");
        _click(_get(Button.class, spec -> spec.withId("start-subplan")));
        Plan subPlan = plans.subPlans(planId).get(0);
        assertThat(subPlan.title()).isEqualTo("城关镇质量提升配套方案");
        assertThat(subPlan.leadUnit().code()).isEqualTo("town-1");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("plan-edit/" + subPlan.id());

        TownPlanners.approve(api, subPlan.id(), "town-1");
        KaribuUi.login(context, "staff-town-1");
        KaribuUi.openTask(inbox, "SUBMIT_SUB_PLAN", planId);
        assertThat(_get(Select.class, spec -> spec.withId("subplan-choice")).getValue()).as("the one approved sub-plan is chosen")
                .isEqualTo(plans.load(subPlan.id()));
        _click(_get(Button.class, spec -> spec.withId("submit-subplan")));

        KaribuUi.login(context, "supervisor");
        KaribuUi.openTask(inbox, "FILE_SUB_PLAN", planId);
        _click(_get(Button.class, spec -> spec.withId("return-subplan")));
        TextArea comment = _get(TextArea.class, spec -> spec.withId("subplan-comment"));
        assertThat(comment.isInvalid()).as("a return says what to revise").isTrue();
        comment.setValue("请细化各村分工");
        _click(_get(Button.class, spec -> spec.withId("return-subplan")));

        KaribuUi.login(context, "staff-town-1");
        tab(planId);
        SubplanRequirement row = GridKt._get(grid(), 0);
        assertThat(row.status()).isEqualTo(SubplanStatus.RETURNED);
        assertThat(row.comment()).isEqualTo("请细化各村分工");
        assertThat(row.subPlanId()).isEqualTo(subPlan.id());
        UI.getCurrent().navigate("plan/" + subPlan.id());
        Anchor parent = _get(Anchor.class, spec -> spec.withId("plan-parent"));
        assertThat(parent.getHref()).isEqualTo("plan/" + planId);
        assertThat(parent.getText()).isEqualTo(plans.load(planId).title());
    }

    private static void tab(long planId) {
        UI.getCurrent().navigate("plan/" + planId, QueryParameters.of(PlanTab.PARAMETER, "subplans"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<SubplanRequirement> grid() {
        return _get(Grid.class, spec -> spec.withId("subplan-grid"));
    }

    @SuppressWarnings("unchecked")
    private static void choose(MultiSelectComboBox<?> box, Set<String> codes) {
        MultiSelectComboBox<OrgUnit> units = (MultiSelectComboBox<OrgUnit>) box;
        units.setValue(units.getListDataView().getItems().filter(unit -> codes.contains(unit.code())).collect(Collectors.toSet()));
    }
}
