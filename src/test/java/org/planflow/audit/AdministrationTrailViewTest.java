package org.planflow.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.planflow.PlanFlowTest;
import org.planflow.security.EngineOperationPerformed;
import org.planflow.security.LoginAttempted;
import org.planflow.ui.KaribuUi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;

/** 管理日志 for the administrator: filtered by category and actor, worded in the user's language; nobody else sees it. */
@PlanFlowTest
class AdministrationTrailViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ApplicationEventPublisher events;

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_administrator_filters_the_trail_by_category_and_actor() {
        String name = "test-trail-view-" + System.nanoTime();
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        events.publishEvent(new LoginAttempted(name, "203.0.113.21", LoginAttempted.Outcome.UNKNOWN_ACCOUNT, at));
        events.publishEvent(new LoginAttempted(name, "203.0.113.22", LoginAttempted.Outcome.THROTTLED, at.plusSeconds(1)));
        events.publishEvent(new EngineOperationPerformed(name, "203.0.113.23", "POST", "/engine-rest/job/x/retries", 204,
                at.plusSeconds(2)));
        KaribuUi.login(context, "admin");
        UI.getCurrent().navigate("admin/audit");
        Grid<TrailEntry> grid = _get(Grid.class, spec -> spec.withId("trail-grid"));

        _get(TextField.class, spec -> spec.withId("trail-actor")).setValue(name);
        assertThat(GridKt._size(grid)).isEqualTo(3);
        Select<AuditCategory> category = _get(Select.class, spec -> spec.withId("trail-category"));
        category.setValue(AuditCategory.LOGIN);

        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(_get(Span.class, spec -> spec.withId("trail-total")).getText()).isEqualTo("共 2 条");
        assertThat(GridKt._getFormatted(grid, 0, "category")).isEqualTo("登录");
        assertThat(GridKt._getFormatted(grid, 0, "action")).isEqualTo("登录失败：尝试过于频繁");
        assertThat(GridKt._getFormatted(grid, 0, "address")).isEqualTo("203.0.113.22");
        assertThat(GridKt._getFormatted(grid, 0, "subject")).isEqualTo("user:" + name);
        assertThat(GridKt._getFormatted(grid, 1, "action")).isEqualTo("登录失败：账号不存在");

        category.setValue(AuditCategory.ENGINE);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(grid, 0, "category")).isEqualTo("引擎操作");
        assertThat(GridKt._getFormatted(grid, 0, "details")).isEqualTo("POST /engine-rest/job/x/retries → 204");
    }

    @Test
    void a_units_history_link_opens_the_trail_of_that_unit() {
        KaribuUi.login(context, "admin");
        UI.getCurrent().navigate("admin/audit", QueryParameters.of("subject", "unit:fgw"));

        assertThat(_get(TextField.class, spec -> spec.withId("trail-subject")).getValue()).isEqualTo("unit:fgw");
        assertThat(_get(Span.class, spec -> spec.withId("trail-total")).getText()).matches("共 \\d+ 条");
    }

    @Test
    void nobody_but_the_administrator_has_the_trail_in_the_menu_or_opens_it() {
        for (String username : new String[] {"supervisor", "leader"}) {
            KaribuUi.login(context, username);
            UI.getCurrent().navigate("inbox");
            assertThat(_find(SideNavItem.class)).as(username).extracting(SideNavItem::getPath).isNotEmpty()
                    .doesNotContain("admin/audit");

            UI.getCurrent().navigate("admin/audit");

            assertThat(_find(Grid.class, spec -> spec.withId("trail-grid"))).as(username).isEmpty();
            KaribuUi.stop();
        }
    }
}
