package org.planflow.plan;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.planflow.PlanFlowTest;
import org.planflow.calendar.Deadlines;
import org.planflow.consultation.ConsultationService;
import org.planflow.consultation.Opinion;
import org.planflow.consultation.OpinionDecision;
import org.planflow.inbox.InboxEntry;
import org.planflow.inbox.InboxService;
import org.planflow.inbox.TaskCompletionService;
import org.planflow.inbox.TaskKinds;
import org.planflow.organization.OrgUnit;
import org.planflow.organization.UserAccount;
import org.planflow.shared.Outcome;
import org.planflow.shared.TaskKind;
import org.planflow.ui.KaribuUi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Every task of the approval process done in its task view, as each demo account would. */
@PlanFlowTest
class ApprovalTaskViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    PlanService plans;
    @Autowired
    InboxService inbox;
    @Autowired
    ConsultationService consultation;
    @Autowired
    TaskCompletionService completion;

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    void the_whole_approval_is_done_in_task_views_with_errors_beside_the_fields() {
        KaribuUi.login(context, "drafter");
        Plan plan = plans.create(new PlanDraft("任务视图测试方案 " + System.nanoTime(), null, null,
                List.of(new PlanSection("一、", 1, "指导思想", "以质量提升为主线。")), List.of(), null, null));

        // The drafter chooses a unit to consult and the leader, then submits.
        open(task("DRAFT", plan));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<OrgUnit> units = _get(MultiSelectComboBox.class, spec -> spec.withId("consult-units"));
        units.select(units.getListDataView().getItems().filter(unit -> unit.code().equals("fgw")).toList());
        @SuppressWarnings("unchecked")
        ComboBox<UserAccount> picker = _get(ComboBox.class, spec -> spec.withId("approver-picker"));
        assertThat(_find(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("approver-leader"))).hasSize(1);
        picker.setValue(picker.getListDataView().getItems().filter(user -> user.username().equals("leader2")).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("submit-draft")));
        assertThat(plans.get(plan.id()).status()).isEqualTo(PlanStatus.IN_REVIEW);
        assertThat(plans.get(plan.id()).approvers()).containsExactly("leader", "leader2");

        // The reviewer must choose an outcome, and a return needs a comment.
        KaribuUi.login(context, "reviewer");
        UI.getCurrent().navigate("plan/" + plan.id());
        _click(_get(Button.class, spec -> spec.withId("open-task-" + task("DEPT_REVIEW", plan).id())));
        assertThat(_get(com.vaadin.flow.component.html.H2.class, spec -> spec.withId("task-title")).getText()).isEqualTo("科室审核");
        _click(_get(Button.class, spec -> spec.withId("complete-task")));
        assertThat(outcome().isInvalid()).isTrue();
        outcome().setValue(Outcome.RETURN.value());
        _click(_get(Button.class, spec -> spec.withId("complete-task")));
        TextArea comment = _get(TextArea.class, spec -> spec.withId("form-comment"));
        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).isEqualTo("退回时请填写意见，说明需要修改的内容");
        assertThat(plans.load(plan.id()).status()).isEqualTo(PlanStatus.IN_REVIEW);
        outcome().setValue(Outcome.PASS.value());
        _click(_get(Button.class, spec -> spec.withId("complete-task")));
        assertThat(plans.load(plan.id()).status()).isEqualTo(PlanStatus.IN_CONSULTATION);

        // The consulted unit gives two opinions at once.
        KaribuUi.login(context, "staff-fgw");
        open(task("GIVE_OPINION", plan));
        outcome().setValue(Outcome.OPINIONS.value());
        _get(TextField.class, spec -> spec.withId("form-section")).setValue("一");
        _get(TextArea.class, spec -> spec.withId("form-text")).setValue("建议补充质量基础设施内容");
        _click(_get(Button.class, spec -> spec.withId("add-opinion")));
        assertThat(_find(ListItem.class)).hasSize(1);
        _get(TextArea.class, spec -> spec.withId("form-text")).setValue("建议明确完成时限");
        _click(_get(Button.class, spec -> spec.withId("complete-task")));
        List<Opinion> opinions = consultation.latestRound(plan.id());
        assertThat(opinions).extracting(Opinion::text).containsExactly("建议补充质量基础设施内容", "建议明确完成时限");
        assertThat(plans.load(plan.id()).status()).isEqualTo(PlanStatus.CONSOLIDATING);

        // The drafter must give a reason for not adopting an opinion.
        KaribuUi.login(context, "drafter");
        open(task("CONSOLIDATE", plan));
        decision(opinions.get(0)).setValue(OpinionDecision.ADOPTED);
        decision(opinions.get(1)).setValue(OpinionDecision.REJECTED);
        _click(_get(Button.class, spec -> spec.withId("submit-consolidation")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("reason-" + opinions.get(1).id()));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("部分采纳或不采纳时须说明理由");
        reason.setValue("时限已在任务分解表中明确");
        _click(_get(Button.class, spec -> spec.withId("submit-consolidation")));
        assertThat(plans.load(plan.id()).status()).isEqualTo(PlanStatus.IN_APPROVAL);

        // Both leaders approve in turn, reading the opinions and answers.
        for (String leader : List.of("leader", "leader2")) {
            KaribuUi.login(context, leader);
            open(task("LEADER_APPROVAL", plan));
            assertThat(_find(com.vaadin.flow.component.tabs.Tab.class).stream().map(tab -> tab.getLabel()))
                    .contains("意见采纳情况");
            outcome().setValue(Outcome.APPROVE.value());
            _click(_get(Button.class, spec -> spec.withId("complete-task")));
        }
        assertThat(plans.load(plan.id()).status()).isEqualTo(PlanStatus.APPROVED);
        NotificationsKt.clearNotifications();
    }

    @Test
    void the_drafter_gives_the_steps_their_own_deadlines_and_one_out_of_range_is_refused_beside_its_field() {
        KaribuUi.login(context, "drafter");
        Plan plan = plans.create(new PlanDraft("环节时限测试方案 " + System.nanoTime(), null, null,
                List.of(new PlanSection("一、", 1, "工作目标", "完成各项任务。")), List.of(), null, null));
        open(task("DRAFT", plan));
        IntegerField leaderDays = _get(IntegerField.class, spec -> spec.withId("step-days-LEADER_APPROVAL"));
        assertThat(leaderDays.getPlaceholder()).isEqualTo("默认 3");

        leaderDays.setValue(61);
        _click(_get(Button.class, spec -> spec.withId("submit-draft")));
        assertThat(leaderDays.isInvalid()).isTrue();
        assertThat(leaderDays.getErrorMessage()).isEqualTo("办理时限须为 1 至 60 个工作日");
        assertThat(plans.get(plan.id()).status()).isEqualTo(PlanStatus.DRAFTING);

        leaderDays.setValue(2);
        _get(IntegerField.class, spec -> spec.withId("step-days-DEPT_REVIEW")).setValue(1);
        _click(_get(Button.class, spec -> spec.withId("submit-draft")));
        assertThat(plans.get(plan.id()).stepWorkingDays())
                .containsOnly(Map.entry(TaskKind.DEPT_REVIEW, 1), Map.entry(TaskKind.LEADER_APPROVAL, 2));
        KaribuUi.login(context, "reviewer");
        assertThat(task("DEPT_REVIEW", plan).due()).isEqualTo(context.getBean(Deadlines.class).workingDaysFromNow(1).toInstant());
    }

    @Test
    void a_returned_draft_shows_the_drafter_who_returned_it_and_why() {
        KaribuUi.login(context, "drafter");
        Plan plan = plans.create(new PlanDraft("退回意见测试方案 " + System.nanoTime(), null, null,
                List.of(new PlanSection("一、", 1, "工作目标", "完成各项任务。")), List.of(), null, null));
        completion.complete(task("DRAFT", plan).id(),
                Map.of(TaskKinds.VAR_OUTCOME, Outcome.SUBMIT.value(), PlanFields.APPROVERS, List.of("leader")));
        KaribuUi.login(context, "reviewer");
        completion.complete(task("DEPT_REVIEW", plan).id(),
                Map.of(TaskKinds.VAR_OUTCOME, Outcome.RETURN.value(), PlanFields.COMMENT, "请补充工作目标的量化指标"));

        KaribuUi.login(context, "drafter");
        open(task("DRAFT", plan));
        String shown = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("return-comment")).getElement().getTextRecursively();
        assertThat(shown).contains("刘局长").contains("请补充工作目标的量化指标");
    }

    private InboxEntry task(String kind, Plan plan) {
        return inbox.fetch(kind, 0, 200).stream().filter(entry -> plan.id() == entry.planId()).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " task for plan " + plan.id()));
    }

    private static void open(InboxEntry task) {
        UI.getCurrent().navigate("tasks/" + task.id());
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<String> outcome() {
        return _get(RadioButtonGroup.class, spec -> spec.withId("form-outcome"));
    }

    @SuppressWarnings("unchecked")
    private static Select<OpinionDecision> decision(Opinion opinion) {
        return _get(Select.class, spec -> spec.withId("decision-" + opinion.id()));
    }
}
