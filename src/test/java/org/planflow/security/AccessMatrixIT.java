package org.planflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.RouteAliasData;
import com.vaadin.flow.router.RouteConfiguration;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.security.ui.LoginView;
import org.planflow.shared.ui.Unavailable;
import org.planflow.ui.KaribuUi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks {@link AccessMatrix}: every API endpoint and the engine's and actuator's doors, called by every role
 * and relation over real HTTP against the running application, must answer exactly as the table says; and
 * {@link ViewMatrix}: every page of the UI, opened by each of them on the same application (Karibu, browserless).
 */
@PlanFlowTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT {

    @LocalServerPort
    int port;
    @Autowired
    ManagementService management;
    @Autowired
    ApplicationContext context;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    MatrixFixture fixture;
    ApiClient api;

    @BeforeAll
    void world() {
        api = new ApiClient(port);
        fixture = MatrixFixture.build(api, management);
    }

    @Test
    void every_endpoint_of_the_application_has_its_row_and_every_row_its_endpoint() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                String unnamed = pattern.replaceAll("\\{[^}]*}", "{}");
                if (pattern.startsWith("/api/") && info.getMethodsCondition().getMethods().isEmpty()) {
                    endpoints.add("GET " + unnamed);
                }
                info.getMethodsCondition().getMethods().forEach(method -> {
                    if (pattern.startsWith("/api/")) {
                        endpoints.add(method + " " + unnamed);
                    }
                });
            }
        }
        Set<String> rows = AccessMatrix.ROWS.stream().filter(row -> row.mapping().startsWith("/api/"))
                .map(AccessMatrix.Row::endpoint).collect(Collectors.toCollection(TreeSet::new));
        assertThat(rows).as("rows of the matrix").containsExactlyElementsOf(endpoints);
    }

    @Test
    void every_list_of_the_api_is_a_page_with_its_total() {
        EveryListIsPaged walk = new EveryListIsPaged(api, fixture).walk();
        System.out.println("Paged lists: " + walk.pagesWalked.size() + " walked, " + walk.pagesWithEntries.size()
                + " with entries: " + walk.pagesWithEntries);
        assertThat(walk.problems).as("lists not paged as every list is").isEmpty();
        assertThat(walk.pagesWithEntries).as("the lists the fixture fills").contains("/api/units", "/api/plans/{}/timeline",
                "/api/plans/{}/supervision", "/api/plans/{}/acknowledgements");
        JsonNode notifications = api.get("/api/notifications?size=1", "supervisor").json();
        assertThat(notifications.has("unread") && notifications.path("items").isArray() && notifications.has("total"))
                .as("the notifications' page with the unread count beside it: %s", notifications).isTrue();
    }

    @Test
    void every_routed_view_has_its_row_and_every_row_its_view() {
        KaribuUi.start(context);
        try {
            Set<String> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                    .flatMap(route -> Stream.concat(Stream.of(route.getTemplate()),
                            route.getRouteAliases().stream().map(RouteAliasData::getTemplate)))
                    .map(template -> template.replaceAll(":___url_parameter.*$", "{}"))
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> rows = ViewMatrix.ROWS.stream().map(ViewMatrix.Row::route)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(rows).as("views of the matrix").containsExactlyElementsOf(routes);
        } finally {
            KaribuUi.stop();
        }
    }

    @Test
    void every_page_opens_for_each_caller_as_the_view_table_says() {
        List<String> differences = new ArrayList<>();
        List<String> actualTable = new ArrayList<>();
        for (ViewMatrix.Row row : ViewMatrix.ROWS) {
            Map<Caller, ViewMatrix.Outcome> actual = new EnumMap<>(Caller.class);
            for (Caller caller : Caller.values()) {
                actual.put(caller, open(fixture.resolve(row.location()), caller));
                if (actual.get(caller) != row.expected().get(caller)) {
                    differences.add(row.location() + " as " + caller + " (" + caller.relation() + "): expected "
                            + row.expected().get(caller) + ", got " + actual.get(caller));
                }
            }
            actualTable.add(row.location() + " | " + Arrays.stream(Caller.values()).map(caller -> actual.get(caller).name())
                    .collect(Collectors.joining(" ")));
        }
        System.out.println("View matrix: " + ViewMatrix.ROWS.size() + " views x " + Caller.values().length + " callers = "
                + ViewMatrix.ROWS.size() * Caller.values().length + " cells");
        assertThat(differences).as("pages that differ; the table as opened:%n%s", String.join("\n", actualTable)).isEmpty();
    }

    /** Opens the page as the caller would from the address bar, and says what they see. */
    private ViewMatrix.Outcome open(String location, Caller caller) {
        if (caller.username() == null) {
            KaribuUi.start(context);
        } else {
            KaribuUi.login(context, caller.username());
        }
        try {
            UI.getCurrent().navigate(location);
            Class<?> shown = ClassUtils.getUserClass(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0).getClass());
            if (shown == LoginView.class) {
                return ViewMatrix.Outcome.L;
            }
            if (HasErrorParameter.class.isAssignableFrom(shown)) {
                return ViewMatrix.Outcome.H;
            }
            return LocatorJ._find(Unavailable.class).isEmpty() ? ViewMatrix.Outcome.S : ViewMatrix.Outcome.U;
        } finally {
            KaribuUi.stop();
        }
    }

    @Test
    void every_cell_answers_as_the_table_says() throws Exception {
        List<String> differences = new ArrayList<>();
        List<String> actualTable = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (AccessMatrix.Row row : AccessMatrix.ROWS) {
                Map<Caller, Future<ApiClient.Response>> answers = new EnumMap<>(Caller.class);
                for (Caller caller : Caller.values()) {
                    // A row's callers run side by side: where a call changes something, only one caller is allowed to.
                    answers.put(caller, pool.submit(() -> call(row, caller)));
                }
                Map<Caller, Integer> actual = new EnumMap<>(Caller.class);
                for (Caller caller : Caller.values()) {
                    ApiClient.Response answer = answers.get(caller).get();
                    actual.put(caller, answer.status());
                    int expected = row.expected().get(caller);
                    if (answer.status() != expected) {
                        differences.add(row.endpoint() + " as " + caller + " (" + caller.relation() + "): expected "
                                + expected + ", got " + answer.status() + " " + abbreviated(answer.body()));
                    }
                }
                actualTable.add(row.withAnswers(actual));
            }
        } finally {
            pool.shutdown();
        }
        System.out.println("Access matrix: " + AccessMatrix.ROWS.size() + " rows x " + Caller.values().length + " callers = "
                + AccessMatrix.ROWS.size() * Caller.values().length + " cells");
        assertThat(differences).as("cells that differ; the table as answered:%n%s", String.join("\n", actualTable)).isEmpty();
    }

    private ApiClient.Response call(AccessMatrix.Row row, Caller caller) {
        return api.send(row.method(), fixture.resolve(row.path()), caller.username(), caller.password(), row.requestBody(fixture));
    }

    private static String abbreviated(String body) {
        String oneLine = body.replaceAll("\\s+", " ");
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "…";
    }
}
