package org.planflow.circulation;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.TestPlans;
import org.planflow.ui.KaribuUi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** ADMIN sees the next document number per prefix and year and raises it, audited; never back to an issued one. */
@PlanFlowTest
class DocNumbersIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    void admin_raises_the_next_number_but_cannot_reuse_an_issued_one_and_others_may_not_touch_it() {
        ApiClient api = new ApiClient(port);
        long planId = TestPlans.approved(api, "文号更正测试方案 " + System.nanoTime());
        TestPlans.complete(api, "office", api.taskOf("office", "ISSUE", planId), "{\"outcome\":\"issue\",\"prefix\":\"区政发\","
                + "\"form\":\"印发\",\"recipients\":[\"town-2\"],\"ackWorkingDays\":3}");
        String issued = api.get("/api/plans/" + planId, "office").json().path("docNumber").asText();
        int year = Integer.parseInt(issued.replaceAll(".*〔(\\d{4})〕.*", "$1"));
        int number = Integer.parseInt(issued.replaceAll(".*〕(\\d+)号", "$1"));
        String path = "/api/admin/doc-numbers/区政发/" + year;

        ApiClient.Response byClerk = api.put(path, "office", "{\"next\":" + (number + 5) + "}");
        assertThat(byClerk.status()).isEqualTo(403);
        ApiClient.Response backwards = api.put(path, "admin", "{\"next\":" + number + "}");
        assertThat(backwards.status()).isEqualTo(409);
        assertThat(backwards.json().path("detail").asText()).contains(issued);
        assertThat(backwards.json().path("code").asText()).isEqualTo(CirculationProblem.NUMBER_ISSUED.name());
        assertThat(backwards.json().path("field").asText()).isEqualTo(CirculationFields.NEXT);
        ApiClient.Response none = api.put(path, "admin", "{}");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().path("field").asText()).isEqualTo(CirculationFields.NEXT);
        assertThat(none.json().path("code").asText()).isEqualTo(CirculationProblem.NEXT_REQUIRED.name());

        ApiClient.Response raised = api.put(path, "admin", "{\"next\":" + (number + 10) + "}");
        assertThat(raised.status()).isEqualTo(200);
        JsonNode counter = find(api.get("/api/admin/doc-numbers", "admin").items(), year);
        assertThat(counter.path("next").asInt()).isEqualTo(number + 10);
        assertThat(counter.path("lastIssued").asInt()).isEqualTo(number);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'DOC_NUMBER_CORRECTED' AND actor = 'admin' AND outcome = ?")
                .param(String.valueOf(number + 10)).query(Long.class).single()).isEqualTo(1);

        // The view refuses going back beside the field and keeps the counter as it was.
        KaribuUi.login(context, "admin");
        UI.getCurrent().navigate("admin/doc-numbers");
        @SuppressWarnings("unchecked")
        Grid<DocNumberCounter> grid = _get(Grid.class, spec -> spec.withId("doc-number-grid"));
        int row = IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).prefix().equals("区政发") && GridKt._get(grid, i).year() == year).findFirst().orElseThrow();
        _click((Button) GridKt._getCellComponent(grid, row, "actions"));
        IntegerField next = _get(IntegerField.class, spec -> spec.withId("doc-number-next"));
        next.setValue(1);
        _click(_get(Button.class, spec -> spec.withId("doc-number-save")));
        assertThat(next.isInvalid()).isTrue();
        assertThat(next.getErrorMessage()).isEqualTo(issued + "已经使用，下一个文号应不小于 " + (number + 1));
        assertThat(find(api.get("/api/admin/doc-numbers", "admin").items(), year).path("next").asInt()).isEqualTo(number + 10);
    }

    private static JsonNode find(JsonNode counters, int year) {
        for (JsonNode counter : counters) {
            if ("区政发".equals(counter.path("prefix").asText()) && counter.path("year").asInt() == year) {
                return counter;
            }
        }
        throw new AssertionError("No counter for 区政发 " + year + " in " + counters);
    }
}
