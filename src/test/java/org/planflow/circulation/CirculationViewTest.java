package org.planflow.circulation;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.planflow.shared.PageRequest;
import java.util.List;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.TestPlans;
import org.planflow.inbox.InboxService;
import org.planflow.plan.PlanService;
import org.planflow.ui.KaribuUi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The office issues, a township refuses, the office re-routes: every circulation task done in its view. */
@PlanFlowTest
class CirculationViewTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    InboxService inbox;
    @Autowired
    PlanService plans;
    @Autowired
    DeliveryService deliveries;

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    void issuing_refusing_and_rerouting_in_the_views_shows_errors_beside_the_fields() {
        long planId = TestPlans.approved(new ApiClient(port), "视图印发测试方案 " + System.nanoTime());

        // The office picks the street offices; a deadline of 0 days is refused beside its field.
        KaribuUi.login(context, "office");
        open("ISSUE", planId);
        @SuppressWarnings("unchecked")
        CheckboxGroup<RecipientGroupCount> groups = _get(CheckboxGroup.class, spec -> spec.withId("issue-groups"));
        groups.setValue(java.util.Set.of(groups.getListDataView().getItems()
                .filter(group -> group.group() == RecipientGroup.ALL_STREETS).findFirst().orElseThrow()));
        assertThat(_get(Span.class, spec -> spec.withId("issue-recipient-count")).getText()).isEqualTo("共 3 个收文单位");
        assertThat(_get(TextArea.class, spec -> spec.withId("issue-notice-text")).getValue()).contains("现转发给你们");
        IntegerField days = _get(IntegerField.class, spec -> spec.withId("issue-ack-days"));
        days.setValue(0);
        _click(_get(Button.class, spec -> spec.withId("issue-plan")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("issue-confirm")));
        assertThat(days.isInvalid()).isTrue();
        assertThat(plans.get(planId).status()).isEqualTo(org.planflow.plan.PlanStatus.APPROVED);
        days.setValue(3);
        _click(_get(Button.class, spec -> spec.withId("issue-plan")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("issue-confirm")));
        assertThat(plans.get(planId).docNumber()).startsWith("区政办发〔");

        // street-2 refuses: without a reason the field says so; with one, the office gets a REROUTE task.
        KaribuUi.login(context, "staff-street-2");
        open("ACKNOWLEDGE", planId);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("notice-doc-number")).getText())
                .startsWith("区政办发〔");
        _click(_get(Button.class, spec -> spec.withId("refuse")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("refuse-reason"));
        assertThat(reason.isInvalid()).isTrue();
        reason.setValue("本街道不涉及，应送区商务局");
        _click(_get(Button.class, spec -> spec.withId("refuse")));
        assertThat(status(planId, "street-2")).isEqualTo(DeliveryStatus.REFUSED);

        // The office re-routes it to the commerce bureau, which then has the plan to acknowledge.
        KaribuUi.login(context, "office");
        open("REROUTE", planId);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("reroute-refusal")).getText())
                .contains("区商务局");
        @SuppressWarnings("unchecked")
        var unit = (com.vaadin.flow.component.combobox.ComboBox<org.planflow.organization.OrgUnit>)
                _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("reroute-unit"));
        unit.setValue(unit.getListDataView().getItems().filter(u -> u.code().equals("swj")).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("reroute")));
        assertThat(status(planId, "swj")).isEqualTo(DeliveryStatus.PENDING);

        // The plan's 签收情况 tab counts: 0 of 4, 1 refused.
        UI.getCurrent().navigate("plan/" + planId, QueryParameters.of("tab", "acknowledgements"));
        assertThat(_get(Span.class, spec -> spec.withId("ack-totals")).getText()).startsWith("0/4 已签收").contains("1 拒签");
        assertThat(_find(Button.class, spec -> spec.withId("urge-late")).get(0).isEnabled()).isFalse();
    }

    private void open(String kind, long planId) {
        KaribuUi.openTask(inbox, kind, planId);
    }

    private DeliveryStatus status(long planId, String unit) {
        List<Delivery> all = deliveries.deliveries(planId, null, PageRequest.first(PageRequest.MAX_SIZE)).items();
        return all.stream().filter(d -> d.unit().code().equals(unit)).reduce((first, second) -> second).orElseThrow().status();
    }
}
