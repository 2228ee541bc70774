package org.planflow.deadline;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.planflow.PlanFlowTest;
import org.planflow.shared.TaskKind;
import org.planflow.ui.KaribuUi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlanFlowTest
class TaskDeadlinesViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskDeadlineService deadlines;

    @AfterEach
    void stop() {
        KaribuUi.stop();
        jdbc.sql("DELETE FROM task_deadline").update();
    }

    @Test
    void the_administrator_sees_each_kinds_deadline_and_gives_one_more_time() {
        KaribuUi.login(context, "admin");
        UI.getCurrent().navigate("admin/task-deadlines");
        assertThat(row(TaskKind.LEADER_APPROVAL)).containsExactly("领导审批", "3 个工作日", "系统默认");
        assertThat(row(TaskKind.DRAFT)).containsExactly("起草方案", "20 个工作日", "系统默认");
        assertThat(row(TaskKind.GIVE_OPINION)).contains("由流程计算");

        _click(edit(TaskKind.LEADER_APPROVAL));
        _get(IntegerField.class, spec -> spec.withId("task-deadline-days")).setValue(5);
        _click(_get(Button.class, spec -> spec.withId("task-deadline-save")));

        assertThat(deadlines.workingDays(TaskKind.LEADER_APPROVAL)).contains(5);
        assertThat(row(TaskKind.LEADER_APPROVAL)).containsExactly("领导审批", "5 个工作日", "管理员设置");
    }

    @Test
    void the_administrator_takes_a_deadline_away_and_restores_the_default() {
        KaribuUi.login(context, "admin");
        UI.getCurrent().navigate("admin/task-deadlines");

        _click(edit(TaskKind.ISSUE));
        _get(Checkbox.class, spec -> spec.withId("task-deadline-none")).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("task-deadline-save")));
        assertThat(deadlines.workingDays(TaskKind.ISSUE)).isEmpty();
        assertThat(row(TaskKind.ISSUE)).containsExactly("印发方案", "不设时限", "管理员设置");

        _click(edit(TaskKind.ISSUE));
        _click(_get(Button.class, spec -> spec.withId("task-deadline-reset")));
        assertThat(deadlines.workingDays(TaskKind.ISSUE)).contains(3);
    }

    @Test
    void a_deadline_out_of_range_is_refused_beside_the_field() {
        KaribuUi.login(context, "admin");
        UI.getCurrent().navigate("admin/task-deadlines");
        _click(edit(TaskKind.REVIEW_REPORT));
        IntegerField days = _get(IntegerField.class, spec -> spec.withId("task-deadline-days"));

        days.setValue(61);
        _click(_get(Button.class, spec -> spec.withId("task-deadline-save")));

        assertThat(days.isInvalid()).isTrue();
        assertThat(days.getErrorMessage()).isEqualTo("请填写 1 至 60 个工作日，或选择不设时限");
        assertThat(deadlines.workingDays(TaskKind.REVIEW_REPORT)).contains(3);
        days.clear();
        _click(_get(Button.class, spec -> spec.withId("task-deadline-save")));
        assertThat(days.isInvalid()).as("empty without 'no deadline'").isTrue();
    }

    @Test
    void only_the_administrator_opens_the_task_deadlines() {
        KaribuUi.login(context, "supervisor");

        UI.getCurrent().navigate("admin/task-deadlines");

        assertThat(_find(Grid.class, spec -> spec.withId("task-deadline-grid"))).isEmpty();
    }

    private static List<String> row(TaskKind kind) {
        Grid<TaskDeadline> grid = grid();
        int index = index(grid, kind);
        return List.of(GridKt._getFormatted(grid, index, "kind"), GridKt._getFormatted(grid, index, "workingDays"),
                GridKt._getFormatted(grid, index, "source"));
    }

    private static Button edit(TaskKind kind) {
        Grid<TaskDeadline> grid = grid();
        return (Button) GridKt._getCellComponent(grid, index(grid, kind), "actions");
    }

    @SuppressWarnings("unchecked")
    private static Grid<TaskDeadline> grid() {
        return _get(Grid.class, spec -> spec.withId("task-deadline-grid"));
    }

    private static int index(Grid<TaskDeadline> grid, TaskKind kind) {
        return IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._get(grid, i).kind() == kind).findFirst().orElseThrow();
    }
}
