package org.planflow.notification;

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
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.planflow.PlanFlowTest;
import org.planflow.ui.KaribuUi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@PlanFlowTest
class NotificationsViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    NotificationService notifications;

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    void the_bell_counts_unread_notices_and_the_list_marks_them_read() {
        String title = "铃铛测试 " + System.nanoTime();
        assertThat(notifications.send(new Notice(NoticeKind.URGE, title, "请尽快办理", null, null, null), List.of("street-1"), List.of()))
                .isEqualTo(1);
        KaribuUi.login(context, "staff-street-1");

        UI.getCurrent().navigate("inbox");
        Span unread = _get(Span.class, spec -> spec.withId("unread-count"));
        assertThat(unread.isVisible()).isTrue();
        assertThat(Integer.parseInt(unread.getText())).isPositive();

        _click(_get(Button.class, spec -> spec.withId("notification-bell")));
        @SuppressWarnings("unchecked")
        Grid<Notification> grid = _get(Grid.class, spec -> spec.withId("notification-grid"));
        List<Notification> rows = IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
        assertThat(rows).extracting(Notification::title).contains(title);

        _click(_get(Button.class, spec -> spec.withId("mark-all-read")));
        UI.getCurrent().navigate("inbox");
        assertThat(_find(Span.class, spec -> spec.withId("unread-count"))).as("no badge once all is read").isEmpty();
    }
}
