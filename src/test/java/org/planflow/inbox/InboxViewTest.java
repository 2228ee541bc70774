package org.planflow.inbox;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.planflow.PlanFlowTest;
import org.planflow.circulation.TestDeliveries;
import org.planflow.ui.KaribuUi;
import org.planflow.ui.MainLayout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.ApplicationContext;

@PlanFlowTest
class InboxViewTest {

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
    void township_staff_see_their_units_task_with_plan_title_and_overdue_badge() {
        String title = "界面测试方案 " + System.nanoTime();
        deliver("town-2", title, Instant.now().minus(1, ChronoUnit.DAYS));
        KaribuUi.login(context, "staff-town-2");

        UI.getCurrent().navigate("inbox");

        assertThat(_get(H2.class).getText()).isEqualTo("我的待办");
        @SuppressWarnings("unchecked")
        Grid<InboxEntry> grid = _get(Grid.class, spec -> spec.withId("inbox-grid"));
        List<InboxEntry> rows = rows(grid);
        assertThat(rows).extracting(InboxEntry::planTitle).contains(title);
        InboxEntry row = rows.stream().filter(entry -> title.equals(entry.planTitle())).findFirst().orElseThrow();
        assertThat(row.overdue()).isTrue();
        assertThat(row.name()).isEqualTo("签收方案");
    }

    @Test
    void other_units_do_not_see_the_task() {
        String title = "他乡镇任务 " + System.nanoTime();
        deliver("town-2", title, null);
        KaribuUi.login(context, "staff-town-3");

        UI.getCurrent().navigate("inbox");

        @SuppressWarnings("unchecked")
        Grid<InboxEntry> grid = _get(Grid.class, spec -> spec.withId("inbox-grid"));
        assertThat(rows(grid)).extracting(InboxEntry::planTitle).doesNotContain(title);
    }

    @Test
    void opening_a_task_shows_its_details_and_claiming_it_makes_it_mine() {
        String title = "办理测试 " + System.nanoTime();
        deliver("street-2", title, null);
        KaribuUi.login(context, "staff-street-2");
        UI.getCurrent().navigate("inbox");
        @SuppressWarnings("unchecked")
        Grid<InboxEntry> grid = _get(Grid.class, spec -> spec.withId("inbox-grid"));
        InboxEntry entry = rows(grid).stream().filter(row -> title.equals(row.planTitle())).findFirst().orElseThrow();

        UI.getCurrent().navigate("tasks/" + entry.id());
        assertThat(_get(H2.class, spec -> spec.withId("task-title")).getText()).isEqualTo("签收方案");
        _click(_get(Button.class, spec -> spec.withId("claim")));

        assertThat(_get(Button.class, spec -> spec.withId("release")).isVisible()).isTrue();
        assertThat(context.getBean(InboxService.class).task(entry.id()).assignee()).isEqualTo("staff-street-2");
    }

    @Test
    void the_side_navigation_offers_the_inbox_and_the_language_switch_remembers_english() {
        KaribuUi.login(context, "staff-town-4");
        UI.getCurrent().navigate("inbox");
        assertThat(_get(MainLayout.class)).isNotNull();

        _click(_get(Button.class, spec -> spec.withId("language-switch")));
        KaribuUi.stop();
        KaribuUi.login(context, "staff-town-4");
        UI.getCurrent().navigate("inbox");

        assertThat(_get(H2.class).getText()).isEqualTo("My tasks");
        _click(_get(Button.class, spec -> spec.withId("language-switch")));
    }

    private static List<InboxEntry> rows(Grid<InboxEntry> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    private void deliver(String unit, String title, Instant due) {
        TestDeliveries.deliver(runtime, jdbc, unit, title, due);
    }
}
