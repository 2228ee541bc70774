package org.planflow.workpoints;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.TestPlans;
import org.planflow.inbox.InboxService;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanService;
import org.planflow.plan.PlanTab;
import org.planflow.shared.Formats;
import org.planflow.shared.TaskKind;
import org.planflow.ui.KaribuUi;
import org.planflow.workpoints.process.WorkPointsProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The lead department's drafter opens a three-year plan's 年度工作要点 tab, draws 2028's work points with one item dated in
 * June, lands in the editor of the new draft, and the tab then links the year to it; a unit's staff only read the years.
 * The year's task opens the same choice in the inbox.
 */
@PlanFlowTest
class WorkPointsViewTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    PlanService plans;
    @Autowired
    WorkPointsService workPoints;
    @Autowired
    InboxService inbox;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    void a_drafter_draws_a_years_work_points_from_the_tab_and_the_year_links_to_them() {
        long planId = TestPlans.issued(new ApiClient(port), """
                {"title":"视图三年行动方案 %d","period":{"start":"2027-01-01","end":"2029-12-31"},
                 "sections":[{"outline":"一、","level":1,"heading":"主要任务","body":"提升质量。"}],
                 "items":[{"indicator":"建设计量检测中心","leadUnit":{"code":"scjgj"},"dueDate":"2029-06-30"},
                          {"indicator":"开展质量提升行动","leadUnit":{"code":"jxj"}}]}""".formatted(System.nanoTime()),
                "[\"scjgj\",\"jxj\"]");

        KaribuUi.login(context, "staff-jxj");
        tab(planId);
        assertThat(GridKt._size(years())).isEqualTo(3);
        assertThat(GridKt._get(years(), 1).drawn()).isFalse();
        assertThat(GridKt._getCellComponent(years(), 1, "points")).as("a unit only reads the years").isNotInstanceOf(Button.class);

        KaribuUi.login(context, "drafter");
        tab(planId);
        Button draw = (Button) GridKt._getCellComponent(years(), 1, "points");
        assertThat(draw.getText()).as("a year is written without grouping").contains("2028年");
        _click(draw);
        @SuppressWarnings("unchecked")
        Grid<org.planflow.plan.BreakdownItem> items = _get(Grid.class, spec -> spec.withId("work-points-items"));
        ((Checkbox) GridKt._getCellComponent(items, 0, "pick")).setValue(true);
        ((DatePicker) GridKt._getCellComponent(items, 0, "due")).setValue(LocalDate.of(2028, 6, 30));
        _click(_get(Button.class, spec -> spec.withId("draw-work-points-create")));

        Long drawnId = workPoints.years(planId, org.planflow.shared.PageRequest.first(10)).items().get(1).planId();
        assertThat(drawnId).isNotNull();
        Plan drawn = plans.load(drawnId);
        assertThat(drawn.items()).extracting(item -> item.indicator() + " " + item.dueDate())
                .containsExactly("建设计量检测中心 2028-06-30");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("plan-edit/" + drawnId);

        tab(planId);
        assertThat(((Anchor) GridKt._getCellComponent(years(), 1, "points")).getHref()).isEqualTo("plan/" + drawnId);
    }

    @Test
    void the_years_task_opens_the_plans_items_and_drawing_there_answers_it() {
        int next = LocalDate.now(Formats.DISTRICT_ZONE).getYear() + 1;
        long planId = TestPlans.issued(new ApiClient(port), """
                {"title":"视图待办三年方案 %d","period":{"start":"%d-01-01","end":"%d-12-31"},
                 "sections":[{"outline":"一、","level":1,"heading":"主要任务","body":"提升质量。"}],
                 "items":[{"indicator":"建设计量检测中心","leadUnit":{"code":"scjgj"}},
                          {"indicator":"开展质量提升行动","leadUnit":{"code":"jxj"}}]}""".formatted(System.nanoTime(), next, next + 2),
                "[\"scjgj\",\"jxj\"]");
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey(WorkPointsProcess.KEY)
                .processInstanceBusinessKey(PlanService.businessKey(planId)).singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(instance).timers().singleResult().getId());

        KaribuUi.login(context, "drafter");
        KaribuUi.openTask(inbox, TaskKind.DRAW_WORK_POINTS.name(), planId);
        assertThat(_get(Anchor.class, spec -> spec.withId("work-points-source")).getHref()).isEqualTo("plan/" + planId);
        @SuppressWarnings("unchecked")
        Grid<org.planflow.plan.BreakdownItem> items = _get(Grid.class, spec -> spec.withId("work-points-items"));
        _click(_get(Button.class, spec -> spec.withId("complete-task")));
        assertThat(KaribuUi.tasksOf(inbox, TaskKind.DRAW_WORK_POINTS.name(), planId)).as("nothing chosen keeps the task").hasSize(1);

        ((Checkbox) GridKt._getCellComponent(items, 1, "pick")).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("complete-task")));
        Long drawnId = workPoints.years(planId, org.planflow.shared.PageRequest.first(10)).items().get(0).planId();
        assertThat(drawnId).isNotNull();
        assertThat(plans.load(drawnId).items()).extracting(item -> item.indicator() + " " + item.dueDate())
                .containsExactly("开展质量提升行动 " + next + "-12-31");
        assertThat(KaribuUi.tasksOf(inbox, TaskKind.DRAW_WORK_POINTS.name(), planId)).isEmpty();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("plan-edit/" + drawnId);
    }

    @SuppressWarnings("unchecked")
    private static Grid<WorkPointsYear> years() {
        return _get(Grid.class, spec -> spec.withId("work-points-years"));
    }

    private static void tab(long planId) {
        UI.getCurrent().navigate("plan/" + planId, QueryParameters.of(PlanTab.PARAMETER, "workpoints"));
    }
}
