package org.planflow.benchmark;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.planflow.ui.KaribuUi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The Vaadin inbox view rendered in-process (Karibu-Testing, no browser): the server's time for a first render, that is
 * opening the view and serving the grid's first 50 rows as a browser asks for them; and the heap each open session
 * keeps, from N sessions held open at once compared with used heap after garbage collection.
 */
@Order(4)
class InboxViewBenchmark extends OnTheCity {

    static final int SESSIONS = 20;
    private static final int WARM_UP = 10;
    private static final int TIMED = 30;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    void first_render_and_heap_per_session() {
        for (String username : new String[] {CityProbes.STAFF, CityProbes.SUPERVISOR}) {
            Figures.p95("view", "inbox view first render (server), " + username, firstRenders(username), 200);
        }
        // Each Karibu session brings its own mock servlet and service, which a real server shares; the difference between
        // sessions on the inbox and sessions on the account page is what the inbox itself keeps per session.
        double inbox = heapPerSession("inbox");
        double account = heapPerSession("account");
        // Below the garbage collector's noise the figure says nothing; it is then reported as inconclusive.
        boolean measurable = inbox > 0.05;
        Figures.add("view", "heap per session on the inbox (%d sessions, Karibu's per-session servlet included)".formatted(SESSIONS),
                measurable ? "%.2f MB".formatted(inbox) : "INCONCLUSIVE (%.2f MB: within GC noise)".formatted(inbox), "< 2 MB",
                measurable ? inbox < 2 : null);
        Figures.info("view", "of which the inbox view's own (inbox minus the account page)", "%.2f MB".formatted(inbox - account));
    }

    /**
     * Each run logs in afresh (a new session; Karibu's mock servlet is set up outside the timing), then times opening
     * the inbox and serving the grid's first 50 rows. The first 10 runs warm up (the JIT compiles the view's code), the
     * next 30 are timed, so the p95 is not the single slowest run.
     */
    private Timing.Latency firstRenders(String username) {
        List<Double> millis = new ArrayList<>();
        for (int run = 0; run < WARM_UP + TIMED; run++) {
            KaribuUi.login(context, username);
            long started = System.nanoTime();
            UI.getCurrent().navigate("inbox");
            MockVaadin.clientRoundtrip();
            @SuppressWarnings("unchecked")
            Grid<Object> grid = _get(Grid.class, spec -> spec.withId("inbox-grid"));
            int rows = GridKt._fetch(grid, 0, 50).size();
            double elapsed = (System.nanoTime() - started) / 1e6;
            assertThat(rows).isPositive();
            KaribuUi.stop();
            if (run >= WARM_UP) {
                millis.add(elapsed);
            }
        }
        return Timing.Latency.of(millis);
    }

    private double heapPerSession(String route) {
        List<Object> held = new ArrayList<>();
        long before = usedAfterGc();
        for (int i = 0; i < SESSIONS; i++) {
            KaribuUi.login(context, CityProbes.STAFF);
            UI.getCurrent().navigate(route);
            MockVaadin.clientRoundtrip();
            if (route.equals("inbox")) {
                @SuppressWarnings("unchecked")
                Grid<Object> grid = _get(Grid.class, spec -> spec.withId("inbox-grid"));
                GridKt._fetch(grid, 0, 50);
            }
            held.add(UI.getCurrent().getSession());
            held.add(UI.getCurrent());
        }
        long after = usedAfterGc();
        assertThat(held).hasSize(2 * SESSIONS);
        held.clear();
        KaribuUi.stop();
        return (after - before) / (double) SESSIONS / (1024 * 1024);
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
