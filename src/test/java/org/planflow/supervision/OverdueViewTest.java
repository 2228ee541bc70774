package org.planflow.supervision;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.planflow.PlanFlowTest;
import org.planflow.circulation.TestDeliveries;
import org.planflow.inbox.TaskCompletionService;
import org.planflow.inbox.TaskKinds;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanDraft;
import org.planflow.plan.PlanSection;
import org.planflow.plan.PlanService;
import org.planflow.shared.Outcome;
import org.planflow.ui.KaribuUi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlanFlowTest
class OverdueViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    void the_supervisor_sees_an_overdue_task_and_urges_its_unit() {
        String title = "督办界面 " + System.nanoTime();
        TestDeliveries.deliver(runtime, jdbc, "town-5", title, Instant.now().minus(3, ChronoUnit.DAYS));
        KaribuUi.login(context, "supervisor");

        UI.getCurrent().navigate("supervision/overdue");

        @SuppressWarnings("unchecked")
        Grid<OverdueItem> grid = _get(Grid.class, spec -> spec.withId("overdue-grid"));
        List<OverdueItem> rows = IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
        OverdueItem item = rows.stream().filter(row -> title.equals(row.planTitle())).findFirst().orElseThrow();
        assertThat(item.unitName()).isEqualTo("符离镇");
        assertThat(item.workingDaysOverdue()).isPositive();

        escalation().urge(item.taskId(), "界面催办");
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE recipient = 'staff-town-5' AND task_id = ? AND kind = 'URGE'")
                .param(item.taskId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_leaders_overdue_approval_shows_the_leaders_name() {
        KaribuUi.login(context, "drafter");
        PlanService plans = context.getBean(PlanService.class);
        Plan plan = plans.create(new PlanDraft("领导逾期审批 " + System.nanoTime(), null, null,
                List.of(new PlanSection("一、", 1, "工作目标", "完成各项任务。")), List.of(), null, null));
        TaskCompletionService completion = context.getBean(TaskCompletionService.class);
        completion.complete(openTask(plan.id(), "DRAFT"), Map.of(TaskKinds.VAR_OUTCOME, Outcome.SUBMIT.value(),
                "approvers", List.of("leader2")));
        KaribuUi.login(context, "reviewer");
        completion.complete(openTask(plan.id(), "DEPT_REVIEW"), Map.of(TaskKinds.VAR_OUTCOME, Outcome.PASS.value()));
        String approval = openTask(plan.id(), "LEADER_APPROVAL");
        jdbc.sql("UPDATE inbox_task SET due = now() - interval '3 days' WHERE task_id = ?").param(approval).update();
        KaribuUi.login(context, "supervisor");

        UI.getCurrent().navigate("supervision/overdue");

        @SuppressWarnings("unchecked")
        Grid<OverdueItem> grid = _get(Grid.class, spec -> spec.withId("overdue-grid"));
        int row = IntStream.range(0, GridKt._size(grid)).filter(i -> approval.equals(GridKt._get(grid, i).taskId()))
                .findFirst().orElseThrow();
        assertThat(GridKt._getFormatted(grid, row, "holder")).isEqualTo("张区长");
    }

    @Test
    void an_empty_urge_message_is_refused_beside_the_field() {
        String title = "空催办 " + System.nanoTime();
        TestDeliveries.deliver(runtime, jdbc, "town-6", title, Instant.now().minus(3, ChronoUnit.DAYS));
        KaribuUi.login(context, "supervisor");
        UI.getCurrent().navigate("supervision/overdue");
        @SuppressWarnings("unchecked")
        Grid<OverdueItem> grid = _get(Grid.class, spec -> spec.withId("overdue-grid"));
        int row = IntStream.range(0, GridKt._size(grid)).filter(i -> title.equals(GridKt._get(grid, i).planTitle())).findFirst().orElseThrow();

        _click((Button) GridKt._getCellComponent(grid, row, "actions"));
        TextArea message = _get(TextArea.class, spec -> spec.withId("urge-message"));
        message.setValue("");
        _click(_get(Button.class, spec -> spec.withId("urge-send")));

        assertThat(message.isInvalid()).isTrue();
        assertThat(message.getErrorMessage()).isEqualTo("请填写催办内容");
    }

    @Test
    void unit_staff_cannot_open_the_overdue_view() {
        KaribuUi.login(context, "staff-town-1");

        UI.getCurrent().navigate("supervision/overdue");

        assertThat(_find(Grid.class, spec -> spec.withId("overdue-grid"))).isEmpty();
    }

    private String openTask(long planId, String kind) {
        return jdbc.sql("SELECT task_id FROM inbox_task WHERE plan_id = ? AND kind = ?").params(planId, kind)
                .query(String.class).single();
    }

    private EscalationService escalation() {
        return context.getBean(EscalationService.class);
    }
}
