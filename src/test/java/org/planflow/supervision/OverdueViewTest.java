package org.planflow.supervision;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
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

    private EscalationService escalation() {
        return context.getBean(EscalationService.class);
    }
}
