package org.planflow.organization;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.planflow.ui.KaribuUi;
import org.planflow.PlanFlowTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 单位管理 for the administrator: a new unit with its aliases, a refused alias, a unit that still has work. */
@PlanFlowTest
class UnitsViewTest {

    private static final String PREFIX = "test-uv-";

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskService tasks;

    String standaloneTask;

    @AfterEach
    void stop() {
        KaribuUi.stop();
        if (standaloneTask != null) {
            tasks.deleteTask(standaloneTask, true);
        }
        TestDistrict.remove(jdbc, PREFIX);
    }

    @Test
    void the_administrator_creates_a_unit_with_an_alias_and_finds_it_by_the_alias() {
        KaribuUi.login(context, "admin");
        UI.getCurrent().navigate("admin/units");
        _click(_get(Button.class, spec -> spec.withId("units-new")));
        _get(TextField.class, spec -> spec.withId("unit-code")).setValue("test-uv-a");
        _get(TextField.class, spec -> spec.withId("unit-name")).setValue("测试视图局");
        _get(TextField.class, spec -> spec.withId("alias-text")).setValue("视图局");
        _click(_get(Button.class, spec -> spec.withId("alias-add")));
        assertThat(_find(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("unit-alias")))
                .extracting(span -> span.getText()).containsExactly("简称：视图局");

        _click(_get(Button.class, spec -> spec.withId("unit-save")));

        _get(TextField.class, spec -> spec.withId("units-filter")).setValue("视图局");
        assertThat(names()).containsExactly("测试视图局");
        assertThat(GridKt._getFormatted(grid(), 0, "aliases")).isEqualTo("视图局");
    }

    @Test
    void an_alias_of_another_unit_is_refused_beside_the_field() {
        KaribuUi.login(context, "admin");
        UI.getCurrent().navigate("admin/units");
        _click(_get(Button.class, spec -> spec.withId("units-new")));
        TextField alias = _get(TextField.class, spec -> spec.withId("alias-text"));
        alias.setValue("区发改委");

        _click(_get(Button.class, spec -> spec.withId("alias-add")));

        assertThat(alias.isInvalid()).isTrue();
        assertThat(alias.getErrorMessage()).isEqualTo("“区发改委”已是“区发展改革委”的名称或别名");
        _get(TextField.class, spec -> spec.withId("unit-code")).setValue("Bad Code");
        _get(TextField.class, spec -> spec.withId("unit-name")).setValue("测试坏代码局");
        _click(_get(Button.class, spec -> spec.withId("unit-save")));
        TextField code = _get(TextField.class, spec -> spec.withId("unit-code"));
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).startsWith("“bad code”不是有效的代码");
    }

    @Test
    void a_unit_with_open_work_lists_the_work_instead_of_being_disabled() {
        KaribuUi.login(context, "admin");
        context.getBean(UnitAdminService.class).create(new UnitForm("test-uv-busy", "测试忙碌局", UnitType.DEPARTMENT,
                null, null, List.of()));
        Task task = tasks.newTask();
        task.setName("视图测试签收");
        tasks.saveTask(task);
        tasks.addCandidateGroup(task.getId(), "test-uv-busy");
        standaloneTask = task.getId();
        UI.getCurrent().navigate("admin/units");
        _get(TextField.class, spec -> spec.withId("units-filter")).setValue("测试忙碌局");
        GridKt._clickItem(grid(), 0);
        assertThat(_get(Select.class, spec -> spec.withId("unit-type")).getValue()).isEqualTo(UnitType.DEPARTMENT);

        _click(_get(Button.class, spec -> spec.withId("unit-disable")));
        _click(_get(Button.class, spec -> spec.withId("unit-disable-confirm")));

        Div busy = _get(Div.class, spec -> spec.withId("unit-busy"));
        assertThat(busy.isVisible()).isTrue();
        assertThat(_find(busy, ListItem.class, spec -> { })).extracting(ListItem::getText).containsExactly("视图测试签收");
        assertThat(context.getBean(UnitAdminService.class).unit("test-uv-busy").enabled()).isTrue();
    }

    @Test
    void unit_staff_cannot_open_the_units_view() {
        KaribuUi.login(context, "staff-town-1");

        UI.getCurrent().navigate("admin/units");

        assertThat(_find(Grid.class, spec -> spec.withId("units-grid"))).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Grid<ManagedUnit> grid() {
        return _get(Grid.class, spec -> spec.withId("units-grid"));
    }

    private static List<String> names() {
        Grid<ManagedUnit> grid = grid();
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).name()).toList();
    }
}
