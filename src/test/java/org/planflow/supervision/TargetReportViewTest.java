package org.planflow.supervision;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.planflow.AdjustableClock;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.TestPlans;
import org.planflow.inbox.InboxEntry;
import org.planflow.shared.Cadence;
import org.planflow.inbox.InboxService;
import org.planflow.ui.KaribuUi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The report form of an item with a target: one number field with its unit and aim, required, and the value on the
 * item's page and in its report history; the office changes the item's cadence and its targets from its page.
 */
@PlanFlowTest
class TargetReportViewTest {

    @RegisterExtension
    final AdjustableClock clock = new AdjustableClock();

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    InboxService inbox;
    @Autowired
    ManagementService management;

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    void the_report_form_asks_for_each_targets_value_beside_its_aim() {
        // Behind real time, so moving there sets off no timer of the suite's other plans.
        clock.moveTo("2026-01-05T09:00:00+08:00");
        String title = "指标报送视图事项 " + System.nanoTime();
        ApiClient api = new ApiClient(port);
        long itemId = api.post("/api/supervision/items", "supervisor", """
                {"title":"%s","source":"领导批示","leadUnit":"scjgj","dueDate":"2026-12-31","cadence":"MONTHLY",
                 "targets":[{"name":"抽检合格率","unit":"%%","direction":"GE","value":95,"baseline":90}]}""".formatted(title))
                .json().path("id").asLong();
        String process = api.get("/api/supervision/items/" + itemId, "supervisor").json().path("item").path("processInstanceId")
                .asText();
        TestPlans.complete(api, "staff-scjgj", taskId(api, "staff-scjgj", "ACCEPT_ASSIGNMENT", title), "{\"outcome\":\"accept\","
                + "\"measures\":\"按月抽检\",\"milestones\":[{\"text\":\"完成年中抽检\",\"due\":\"2026-06-30\"}],\"responsible\":\"王科长\"}");
        // The month ends: the period timer fires and the report opens.
        management.executeJob(management.createJobQuery().processInstanceId(process).activityId("Timer_PeriodEnd")
                .singleResult().getId());

        KaribuUi.login(context, "staff-scjgj");
        UI.getCurrent().navigate("tasks/" + task("REPORT_PROGRESS", title).id());
        BigDecimalField rate = _get(BigDecimalField.class, spec -> spec.withId("report-target-0"));
        assertThat(rate.getLabel()).isEqualTo("抽检合格率");
        assertThat(rate.getHelperText()).contains("≥95%", "基数 90%");
        _get(TextArea.class, spec -> spec.withId("report-progress")).setValue("完成一月抽检");
        _get(IntegerField.class, spec -> spec.withId("report-percent")).setValue(10);
        reportStatus().setValue(ReportStatus.ON_TRACK);
        _click(_get(Button.class, spec -> spec.withId("submit-report")));
        assertThat(rate.isInvalid()).isTrue();
        assertThat(rate.getErrorMessage()).isEqualTo("请填写指标“抽检合格率”的当前值");

        rate.setValue(new BigDecimal("92.5"));
        _click(_get(Button.class, spec -> spec.withId("submit-report")));
        assertThat(inbox.fetch("REPORT_PROGRESS", 0, 200)).noneMatch(entry -> title.equals(entry.planTitle()));

        UI.getCurrent().navigate("supervision/items/" + itemId);
        assertThat(_get(UnorderedList.class, spec -> spec.withId("item-targets")).getElement().getTextRecursively())
                .contains("抽检合格率", "≥95%", "最新 92.5%", "未达标");
        assertThat(GridKt._getFormatted(_get(Grid.class, spec -> spec.withId("reports-grid")), 0, "targetValues"))
                .isEqualTo("抽检合格率 92.5");

        // The office moves the item to quarterly reports due five days after the quarter; too many days are refused.
        KaribuUi.login(context, "supervisor");
        UI.getCurrent().navigate("supervision/items/" + itemId);
        _click(_get(Button.class, spec -> spec.withId("change-cadence")));
        cadenceSelect().setValue(Cadence.QUARTERLY);
        IntegerField days = _get(IntegerField.class, spec -> spec.withId("cadence-report-due-days"));
        days.setValue(90);
        _click(_get(Button.class, spec -> spec.withId("cadence-save")));
        assertThat(days.isInvalid()).isTrue();
        assertThat(days.getErrorMessage()).isEqualTo("报送时限应为报告期结束后 0 至 60 天");
        days.setValue(5);
        _click(_get(Button.class, spec -> spec.withId("cadence-save")));
        assertThat(_get(Span.class, spec -> spec.withId("item-cadence")).getText()).isEqualTo("按季度报送 （期末后 5 日内报送）");

        // The office raises the target above the latest value; a row without its value is refused beside the field.
        _click(_get(Button.class, spec -> spec.withId("change-targets")));
        BigDecimalField value = _get(BigDecimalField.class, spec -> spec.withId("item-target-value-0"));
        value.setValue(null);
        _click(_get(Button.class, spec -> spec.withId("targets-save")));
        assertThat(value.isInvalid()).isTrue();
        assertThat(value.getErrorMessage()).isEqualTo("请填写指标“抽检合格率”的目标值");
        value.setValue(new BigDecimal("99"));
        _get(BigDecimalField.class, spec -> spec.withId("item-target-baseline-0")).setValue(new BigDecimal("93"));
        _click(_get(Button.class, spec -> spec.withId("targets-save")));
        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(_get(UnorderedList.class, spec -> spec.withId("item-targets")).getElement().getTextRecursively())
                .contains("≥99%", "基数 93%", "最新 92.5%");
        assertThat(_get(Component.class, spec -> spec.withId("item-light")).getElement().getAttribute("data-light"))
                .as("92.5 is below the new baseline").isEqualTo("YELLOW");
    }

    private InboxEntry task(String kind, String title) {
        return inbox.fetch(kind, 0, 200).stream().filter(entry -> title.equals(entry.planTitle())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " task for " + title));
    }

    private static String taskId(ApiClient api, String username, String kind, String title) {
        for (var entry : api.get("/api/tasks?size=200&kind=" + kind, username).json().path("items")) {
            if (title.equals(entry.path("planTitle").asText())) {
                return entry.path("id").asText();
            }
        }
        throw new AssertionError(username + " has no " + kind + " task for " + title);
    }

    @SuppressWarnings("unchecked")
    private static Select<Cadence> cadenceSelect() {
        return _get(Select.class, spec -> spec.withId("cadence-select"));
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<ReportStatus> reportStatus() {
        return _get(RadioButtonGroup.class, spec -> spec.withId("report-status"));
    }
}
