package org.planflow.plan;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.QueryParameters;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.planflow.consultation.ConsultationFields;
import org.planflow.inbox.TaskKinds;
import org.planflow.shared.Outcome;
import org.planflow.shared.ui.Unavailable;
import org.planflow.PlanFlowTest;
import org.planflow.importing.DocumentWarning;
import org.planflow.audit.AuditEntry;
import org.planflow.consultation.Opinion;
import org.planflow.inbox.TaskCompletionService;
import org.planflow.organization.OrganizationService;
import org.planflow.ui.KaribuUi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@PlanFlowTest
class PlanDetailViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    PlanService plans;
    @Autowired
    TaskService tasks;
    @Autowired
    TaskCompletionService completion;
    @Autowired
    OrganizationService organization;

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    void the_tabs_show_the_sections_and_the_breakdown_table_with_its_total() {
        KaribuUi.login(context, "drafter");
        Plan plan = plans.create(new PlanDraft("详情测试方案 " + System.nanoTime(), "工作方案", "区政办发〔2025〕7号",
                List.of(new PlanSection("", 0, "", "为提升全区质量水平，制定本方案。"),
                        new PlanSection("一、", 1, "总体要求", "坚持质量第一。\n坚持问题导向。"),
                        new PlanSection("（一）", 2, "工作目标", "到年底完成各项任务。")),
                List.of(item("开展质量提升行动", "60", new UnitRef("scjgj", null)),
                        item("落实财政保障", "40", new UnitRef("czj", null)),
                        item("创新工作加分", "5", UnitRef.unmatched("工商分局"))),
                null, null));

        UI.getCurrent().navigate("plan/" + plan.id());

        assertThat(_get(H2.class, spec -> spec.withId("plan-title")).getText()).isEqualTo(plan.title());
        assertThat(_get(Span.class, spec -> spec.withId("plan-status")).getText()).isEqualTo("起草中");
        assertThat(_get(Span.class, spec -> spec.withId("plan-doc-number")).getText()).isEqualTo("区政办发〔2025〕7号");
        assertThat(_get(Span.class, spec -> spec.withId("plan-lead-unit")).getText()).isEqualTo("区市场监管局");
        assertThat(_find(Button.class, spec -> spec.withId("edit-plan"))).hasSize(1);
        assertThat(_find(H3.class)).extracting(H3::getText).contains("一、总体要求");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("为提升全区质量水平，制定本方案。", "坚持质量第一。", "坚持问题导向。", "到年底完成各项任务。");

        select("tab-items");
        @SuppressWarnings("unchecked")
        Grid<BreakdownItem> items = _get(Grid.class, spec -> spec.withId("breakdown-grid"));
        assertThat(GridKt._size(items)).isEqualTo(3);
        assertThat(GridKt._getFormatted(items, 1, "indicator")).isEqualTo("落实财政保障");
        assertThat(GridKt._getCellComponent(items, 2, "leadUnit").getElement().getOuterHTML()).contains("工商分局", "unmatched-unit");
        assertThat(_get(Span.class, spec -> spec.withId("total-score")).getText()).isEqualTo("合计 105 分");
    }

    @Test
    void import_warnings_are_worded_in_chinese_with_their_values_kept_apart() {
        KaribuUi.login(context, "drafter");
        Plan plan = plans.createImported(new PlanDraft("导入警告 " + System.nanoTime(), null, null,
                List.of(new PlanSection("一、", 1, "主要任务", "加强市场监管。")), List.of(), null, null),
                List.of(ImportWarning.of(DocumentWarning.of(DocumentWarning.Code.UNIT_NOT_FOUND, "市经信委")),
                        ImportWarning.of(DocumentWarning.of(DocumentWarning.Code.TABLE_ROW_BAD_SCORE, 3, "五\t分"))), "seed.docx");
        assertThat(plans.get(plan.id()).warnings()).containsExactly(ImportWarning.of(DocumentWarning.of(DocumentWarning.Code.UNIT_NOT_FOUND, "市经信委")),
                ImportWarning.of(DocumentWarning.of(DocumentWarning.Code.TABLE_ROW_BAD_SCORE, 3, "五 分")));

        UI.getCurrent().navigate("plan/" + plan.id());

        assertThat(_get(Div.class, spec -> spec.withId("plan-warnings")).getElement().getTextRecursively())
                .contains("本区未找到单位：市经信委", "任务分解表第 3 行：分值“五 分”不是数字，已留空");
    }

    @Test
    void two_saves_compare_side_by_side_with_the_changed_rows_marked() {
        KaribuUi.login(context, "drafter");
        Plan plan = plans.create(new PlanDraft("修订对比 " + System.nanoTime(), null, null,
                List.of(new PlanSection("一、", 1, "工作目标", "到年底完成十项任务。")), List.of(), null, null));
        plans.update(plan.id(), new PlanDraft(plan.title(), null, null,
                List.of(new PlanSection("一、", 1, "工作目标", "到年底完成十二项任务。")), List.of(), 1, "调整任务数"));
        plans.update(plan.id(), new PlanDraft(plan.title(), null, null,
                List.of(new PlanSection("一、", 1, "工作目标", "到年底完成十二项任务。"),
                        new PlanSection("二、", 1, "保障措施", "加强组织领导。")), List.of(), 2, null));

        UI.getCurrent().navigate("plan/" + plan.id(), QueryParameters.of("tab", "revisions"));

        assertThat(_get(TabSheet.class).getSelectedTab().getId()).contains("tab-revisions");
        @SuppressWarnings("unchecked")
        Grid<Revision> revisions = _get(Grid.class, spec -> spec.withId("revision-grid"));
        assertThat(GridKt._size(revisions)).isEqualTo(3);
        assertThat(GridKt._getFormatted(revisions, 1, "note")).isEqualTo("调整任务数");
        @SuppressWarnings("unchecked")
        Select<Integer> from = _get(Select.class, spec -> spec.withId("compare-from"));
        from.setValue(1);
        _click(_get(Button.class, spec -> spec.withId("compare")));

        assertThat(_get(Span.class, spec -> spec.withId("comparison-summary")).getText()).isEqualTo("第 1 版与第 3 版相比，共 3 处修改");
        List<Div> changed = _find(Div.class, spec -> spec.withClasses("comparison-row changed"));
        assertThat(changed).hasSize(3);
        String newSide = html(changed.get(0).getChildren().toList().get(1));
        assertThat(newSide).contains("<ins", "二</ins>");
        assertThat(_find(Div.class, spec -> spec.withClasses("comparison-row"))).hasSizeGreaterThan(3);
    }

    @Test
    void opinions_and_the_approval_record_follow_the_process_and_the_drafter_may_withdraw_an_untouched_submission() {
        KaribuUi.login(context, "drafter");
        Plan plan = plans.create(new PlanDraft("意见与审批 " + System.nanoTime(), null, null,
                List.of(new PlanSection("一、", 1, "工作目标", "完成各项任务。")), List.of(), null, null));
        complete(plan, "drafter", Map.of(TaskKinds.VAR_OUTCOME, Outcome.SUBMIT.value(), PlanFields.CONSULT_UNITS, List.of("fgw"),
                PlanFields.CONSULT_WORKING_DAYS, 3, PlanFields.APPROVERS, List.of("leader")));

        UI.getCurrent().navigate("plan/" + plan.id());
        _click(_get(Button.class, spec -> spec.withId("withdraw-plan")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("withdraw-confirm")));
        assertThat(plans.get(plan.id()).status()).isEqualTo(PlanStatus.DRAFTING);
        assertThat(_get(Span.class, spec -> spec.withId("plan-status")).getText()).isEqualTo("起草中");
        assertThat(_find(Button.class, spec -> spec.withId("withdraw-plan"))).isEmpty();

        complete(plan, "drafter", Map.of(TaskKinds.VAR_OUTCOME, Outcome.SUBMIT.value(), PlanFields.CONSULT_UNITS, List.of("fgw"),
                PlanFields.CONSULT_WORKING_DAYS, 3, PlanFields.APPROVERS, List.of("leader")));
        complete(plan, "reviewer", Map.of(TaskKinds.VAR_OUTCOME, Outcome.PASS.value()));
        complete(plan, "staff-fgw", Map.of(TaskKinds.VAR_OUTCOME, Outcome.OPINIONS.value(), ConsultationFields.OPINIONS,
                List.of(Map.of(ConsultationFields.TEXT, "建议明确完成时限"))));
        KaribuUi.login(context, "drafter");
        UI.getCurrent().navigate("plan/" + plan.id());

        assertThat(_get(Span.class, spec -> spec.withId("plan-status")).getText()).isEqualTo("意见汇总中");
        select("tab-opinions");
        @SuppressWarnings("unchecked")
        Grid<Opinion> opinions = _get(Grid.class, spec -> spec.withId("opinion-grid"));
        assertThat(GridKt._getFormattedRow(opinions, 0)).containsExactly("1", "区发展改革委", "总体意见", "建议明确完成时限", "待答复", "");

        select("tab-approvals");
        @SuppressWarnings("unchecked")
        Grid<Object> approvals = _get(Grid.class, spec -> spec.withId("approval-grid"));
        List<String> what = IntStream.range(0, GridKt._size(approvals))
                .mapToObj(i -> GridKt._getFormatted(approvals, i, "what") + "/" + GridKt._getFormatted(approvals, i, "outcome")).toList();
        assertThat(what).containsExactly("提交/", "撤回/", "提交/", "科室审核/通过");

        select("tab-log");
        @SuppressWarnings("unchecked")
        Grid<Object> log = _get(Grid.class, spec -> spec.withId("log-grid"));
        List<String> actions = IntStream.range(0, GridKt._size(log)).mapToObj(i -> GridKt._getFormatted(log, i, "what")).toList();
        assertThat(actions).contains("新建方案", "发起征求意见", "反馈意见", "状态变更");
    }

    @Test
    void a_township_without_access_is_told_what_it_is_told_of_a_plan_that_does_not_exist() {
        KaribuUi.login(context, "drafter");
        Plan plan = plans.create(PlanDraft.titled("无权查看 " + System.nanoTime()));
        KaribuUi.login(context, "staff-town-3");

        UI.getCurrent().navigate("plan/" + plan.id());

        String hidden = _get(Paragraph.class, spec -> spec.withId(Unavailable.MESSAGE_ID)).getText();
        assertThat(_find(H2.class, spec -> spec.withId("plan-title"))).isEmpty();
        assertThat(_find(TabSheet.class)).isEmpty();
        UI.getCurrent().navigate("plan/999999999");
        assertThat(_get(Paragraph.class, spec -> spec.withId(Unavailable.MESSAGE_ID)).getText()).isEqualTo(hidden)
                .isEqualTo("没有找到该方案：它不存在，或不在您所在单位的查看范围内。");
    }

    @Test
    void a_consulted_unit_finds_its_own_opinions_and_neither_the_revisions_nor_another_units_opinions() {
        KaribuUi.login(context, "drafter");
        Plan plan = plans.create(new PlanDraft("被征求意见单位所见 " + System.nanoTime(), null, null,
                List.of(new PlanSection("一、", 1, "工作目标", "完成各项任务。")), List.of(), null, null));
        complete(plan, "drafter", Map.of(TaskKinds.VAR_OUTCOME, Outcome.SUBMIT.value(), PlanFields.CONSULT_UNITS, List.of("fgw", "jxj"),
                PlanFields.CONSULT_WORKING_DAYS, 3, PlanFields.APPROVERS, List.of("leader")));
        complete(plan, "reviewer", Map.of(TaskKinds.VAR_OUTCOME, Outcome.PASS.value()));
        complete(plan, "staff-fgw", Map.of(TaskKinds.VAR_OUTCOME, Outcome.OPINIONS.value(), ConsultationFields.OPINIONS,
                List.of(Map.of(ConsultationFields.TEXT, "建议明确完成时限"))));
        complete(plan, "staff-jxj", Map.of(TaskKinds.VAR_OUTCOME, Outcome.OPINIONS.value(), ConsultationFields.OPINIONS,
                List.of(Map.of(ConsultationFields.TEXT, "建议增加企业培训"))));

        KaribuUi.login(context, "staff-jxj");
        UI.getCurrent().navigate("plan/" + plan.id());

        assertThat(_find(Tab.class, spec -> spec.withId("tab-revisions"))).isEmpty();
        select("tab-opinions");
        @SuppressWarnings("unchecked")
        Grid<Opinion> opinions = _get(Grid.class, spec -> spec.withId("opinion-grid"));
        assertThat(GridKt._size(opinions)).isEqualTo(1);
        assertThat(GridKt._getFormatted(opinions, 0, "text")).isEqualTo("建议增加企业培训");
        select("tab-log");
        @SuppressWarnings("unchecked")
        Grid<AuditEntry> log = _get(Grid.class, spec -> spec.withId("log-grid"));
        List<String> who = IntStream.range(0, GridKt._size(log)).filter(i -> GridKt._getFormatted(log, i, "what").equals("反馈意见"))
                .mapToObj(i -> GridKt._getFormatted(log, i, "who")).toList();
        assertThat(who).containsExactly(organization.user("staff-jxj").displayName());

        KaribuUi.login(context, "drafter");
        UI.getCurrent().navigate("plan/" + plan.id());
        assertThat(_find(Tab.class, spec -> spec.withId("tab-revisions"))).hasSize(1);
        select("tab-opinions");
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("opinion-grid")))).isEqualTo(2);
    }

    private static BreakdownItem item(String indicator, String score, UnitRef lead) {
        return new BreakdownItem(0, null, indicator, new BigDecimal(score), null, lead, List.of(), null);
    }

    /** Completes the plan's one open task as the given user, through the same service the inbox uses. */
    private void complete(Plan plan, String username, Map<String, Object> fields) {
        KaribuUi.login(context, username);
        List<String> groups = organization.groupsOf(username);
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(PlanService.businessKey(plan.id())).active()
                .or().taskAssignee(username).taskCandidateGroupIn(groups).endOr().singleResult().getId();
        completion.complete(taskId, fields);
    }

    private static void select(String tabId) {
        _get(TabSheet.class).setSelectedTab(_get(Tab.class, spec -> spec.withId(tabId)));
    }

    private static String html(Component cell) {
        return cell.getElement().getProperty("innerHTML");
    }
}
