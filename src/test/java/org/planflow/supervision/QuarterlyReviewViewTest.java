package org.planflow.supervision;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.planflow.shared.PageRequest;
import java.time.LocalDate;
import java.util.List;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.TestPlans;
import org.planflow.circulation.BulletinService;
import org.planflow.inbox.InboxEntry;
import org.planflow.inbox.InboxService;
import org.planflow.organization.OrgUnit;
import org.planflow.plan.PlanSummary;
import org.planflow.shared.Outcome;
import org.planflow.ui.KaribuUi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The supervision office starts a review in the view, edits and submits the report, a leader returns and
 * approves it, a member unit marks the bulletin read, and the joint meeting's decision becomes an item: with
 * every refusal shown beside its field.
 */
@PlanFlowTest
class QuarterlyReviewViewTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    InboxService inbox;
    @Autowired
    QuarterlyReviewService reviews;
    @Autowired
    BulletinService bulletins;

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    void a_review_is_started_edited_returned_approved_read_and_its_meeting_decision_becomes_an_item() {
        ApiClient api = new ApiClient(port);
        String title = "季度通报视图测试方案 " + System.nanoTime();
        long planId = TestPlans.issued(api, """
                {"title":"%s","sections":[{"outline":"一、","level":1,"heading":"主要任务","body":"推进质量工作。"}],
                 "items":[{"indicator":"建设计量检测中心","leadUnit":{"code":"scjgj"},"coopUnits":[{"code":"jxj"}],"dueDate":"2027-12-31"}]}"""
                .formatted(title), "[\"town-1\"]");

        // The supervision office starts the review of the current quarter; a malformed quarter is refused beside its field.
        KaribuUi.login(context, "supervisor");
        UI.getCurrent().navigate("supervision/reviews");
        _click(_get(Button.class, spec -> spec.withId("review-start")));
        @SuppressWarnings("unchecked")
        ComboBox<PlanSummary> plan = _get(ComboBox.class, spec -> spec.withId("review-start-plan"));
        plan.setValue(plan.getListDataView().getItems().filter(summary -> summary.id() == planId).findFirst().orElseThrow());
        TextField period = _get(TextField.class, spec -> spec.withId("review-start-period"));
        period.setValue("2026-Q9");
        _click(_get(Button.class, spec -> spec.withId("review-start-confirm")));
        assertThat(period.isInvalid()).isTrue();
        assertThat(period.getErrorMessage()).isEqualTo("请填写已开始的季度，如 2027-Q1");
        String quarter = Quarter.of(LocalDate.now()).name();
        period.setValue(quarter);
        _click(_get(Button.class, spec -> spec.withId("review-start-confirm")));
        assertThat(_get(Div.class, spec -> spec.withId("review-status")).getText()).isEqualTo("督查室编辑中");
        QuarterlyReview review = reviews.search(planId, PageRequest.first(1)).items().get(0);
        assertThat(review.period()).isEqualTo(quarter);

        // The report: a reading deadline out of range is refused beside its field, then it goes to the leader.
        open("QUARTERLY_REPORT", planId);
        TextArea text = _get(TextArea.class, spec -> spec.withId("review-edit-text"));
        assertThat(text.getValue()).contains("一、总体情况", "建设计量检测中心");
        IntegerField days = _get(IntegerField.class, spec -> spec.withId("review-read-days"));
        days.setValue(99);
        _click(_get(Button.class, spec -> spec.withId("review-submit")));
        assertThat(days.isInvalid()).isTrue();
        assertThat(days.getErrorMessage()).isEqualTo("阅知期限应为 1 至 30 个工作日，或不填");
        days.setValue(5);
        _click(_get(Button.class, spec -> spec.withId("review-submit")));
        assertThat(tasks("QUARTERLY_REPORT", planId)).isEmpty();

        // The plan's 分管领导 returns it without a comment: refused beside the comment; with one it goes back.
        KaribuUi.login(context, "leader");
        open("APPROVE_QUARTERLY_REPORT", planId);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Outcome> outcome = _get(RadioButtonGroup.class, spec -> spec.withId("review-outcome"));
        outcome.setValue(Outcome.RETURN);
        _click(_get(Button.class, spec -> spec.withId("review-decide")));
        TextArea comment = _get(TextArea.class, spec -> spec.withId("review-comment"));
        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).isEqualTo("退回时须写明修改意见（不超过 4000 字）");
        comment.setValue("请补充问题分析");
        _click(_get(Button.class, spec -> spec.withId("review-decide")));

        KaribuUi.login(context, "supervisor");
        open("QUARTERLY_REPORT", planId);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText).toList()).contains("领导退回意见（第1次）：请补充问题分析");
        _click(_get(Button.class, spec -> spec.withId("review-submit")));
        KaribuUi.login(context, "leader");
        open("APPROVE_QUARTERLY_REPORT", planId);
        _click(_get(Button.class, spec -> spec.withId("review-decide")));
        QuarterlyReview circulated = reviews.get(review.id());
        assertThat(circulated.status()).isEqualTo(ReviewStatus.CIRCULATED);

        // A member unit opens the bulletin from its 待阅 tab and marks it read.
        KaribuUi.login(context, "staff-jxj");
        UI.getCurrent().navigate("bulletins/" + circulated.bulletinId());
        assertThat(_get(Div.class, spec -> spec.withId("bulletin-body")).getText()).contains("各成员单位：", "一、总体情况");
        _click(_get(Button.class, spec -> spec.withClasses("read-notice")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("bulletin-read-confirm")));
        assertThat(_find(Button.class, spec -> spec.withClasses("read-notice"))).as("read once").isEmpty();
        assertThat(tasks("READ_NOTICE", planId)).isEmpty();

        // The joint meeting: a date in the future is refused beside the date; a decision becomes an item of the plan.
        KaribuUi.login(context, "supervisor");
        UI.getCurrent().navigate("supervision/reviews/" + review.id());
        _click(_get(Button.class, spec -> spec.withId("meeting-record")));
        DatePicker date = _get(DatePicker.class, spec -> spec.withId("meeting-date"));
        date.setValue(LocalDate.now().plusDays(3));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<OrgUnit> attendees = _get(MultiSelectComboBox.class, spec -> spec.withId("meeting-attendees"));
        attendees.select(attendees.getListDataView().getItems().filter(unit -> List.of("scjgj", "jxj").contains(unit.code())).toList());
        _get(TextArea.class, spec -> spec.withId("meeting-decisions")).setValue("开展计量器具专项检查\n研究奖励资金拨付办法");
        _click(_get(Button.class, spec -> spec.withId("meeting-save")));
        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).isEqualTo("请填写会议日期，不能晚于今天");
        date.setValue(LocalDate.now());
        _click(_get(Button.class, spec -> spec.withId("meeting-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("meeting-summary")).getText()).contains("2个单位参会", "区市场监管局");

        _click(_find(Button.class, spec -> spec.withClasses("meeting-make-item")).get(0));
        assertThat(_get(TextField.class, spec -> spec.withId("adhoc-title")).getValue()).isEqualTo("开展计量器具专项检查");
        @SuppressWarnings("unchecked")
        ComboBox<OrgUnit> lead = _get(ComboBox.class, spec -> spec.withId("adhoc-lead-unit"));
        lead.setValue(lead.getListDataView().getItems().filter(unit -> unit.code().equals("scjgj")).findFirst().orElseThrow());
        _get(DatePicker.class, spec -> spec.withId("adhoc-due")).setValue(LocalDate.now().plusMonths(2));
        _click(_get(Button.class, spec -> spec.withId("adhoc-create")));
        JointMeeting meeting = reviews.meeting(review.id()).orElseThrow();
        assertThat(meeting.decisions().get(0).itemId()).isNotNull();
        assertThat(context.getBean(SupervisedItemService.class).get(meeting.decisions().get(0).itemId()).planId()).isEqualTo(planId);
    }

    private void open(String kind, long planId) {
        KaribuUi.openTask(inbox, kind, planId);
    }

    private List<InboxEntry> tasks(String kind, long planId) {
        return KaribuUi.tasksOf(inbox, kind, planId);
    }
}
