package org.planflow.supervision;

import org.planflow.shared.Cadence;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.planflow.shared.PageRequest;
import org.planflow.supervision.ItemFilter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.planflow.shared.ui.Unavailable;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.TestPlans;
import org.planflow.inbox.InboxEntry;
import org.planflow.inbox.InboxService;
import org.planflow.ui.KaribuUi;
import org.planflow.ui.Wording;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The lead unit accepts its item, a cooperating unit contributes, the supervision office issues a notice and
 * the lead unit's head answers it: every step in its view, with refusals shown beside their fields.
 */
@PlanFlowTest
class SupervisionViewTest {

    private static final String ISSUE = "{\"outcome\":\"issue\",\"prefix\":\"区政办发\",\"form\":\"印发\","
            + "\"recipients\":[\"town-1\"],\"ackWorkingDays\":3}";

    private static final String ACCEPT = "{\"outcome\":\"accept\",\"measures\":\"完成选址论证，启动建设\","
            + "\"milestones\":[{\"text\":\"完成选址\",\"due\":\"2026-05-31\"}],\"responsible\":\"张三\"}";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    InboxService inbox;
    @Autowired
    ItemProgressService progress;
    @Autowired
    ManagementService management;

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    void the_lead_unit_accepts_a_cooperating_unit_contributes_and_the_head_answers_the_supervisors_notice() {
        long planId = issuedPlan("督办视图测试方案 " + System.nanoTime());

        // staff-scjgj accepts: without measures the field says so; with one milestone the ledger row is written.
        KaribuUi.login(context, "staff-scjgj");
        open("ACCEPT_ASSIGNMENT", planId);
        assertThat(_get(H3.class, spec -> spec.withId("item-indicator")).getText()).isEqualTo("建设计量检测中心");
        _click(_get(Button.class, spec -> spec.withId("accept")));
        TextArea measures = _get(TextArea.class, spec -> spec.withId("accept-measures"));
        assertThat(measures.isInvalid()).isTrue();
        assertThat(measures.getErrorMessage()).isEqualTo("请填写工作措施（不超过 4000 字）");
        measures.setValue("完成选址论证，启动建设");
        _get(TextField.class, spec -> spec.withId("accept-responsible")).setValue("张三");
        _get(TextField.class, spec -> spec.withId("milestone-text-0")).setValue("完成选址");
        _get(DatePicker.class, spec -> spec.withId("milestone-due-0")).setValue(LocalDate.of(2026, 5, 31));
        _click(_get(Button.class, spec -> spec.withId("accept")));
        assertThat(tasks("ACCEPT_ASSIGNMENT", planId)).isEmpty();

        // staff-fgw finds the item among those it cooperates on and adds its part on the item's page.
        KaribuUi.login(context, "staff-fgw");
        UI.getCurrent().navigate("supervision/items");
        Tabs roles = _get(Tabs.class, spec -> spec.withId("items-tabs"));
        roles.setSelectedTab(_get(Tab.class, spec -> spec.withId("tab-coop")));
        SupervisedItem item = row(planId, 1);
        assertThat(item.measures()).isEqualTo("完成选址论证，启动建设");
        GridKt._clickItem(grid(), rowIndex(grid(), item.id()));
        _click(_get(Button.class, spec -> spec.withId("add-contribution")));
        _get(TextArea.class, spec -> spec.withId("contribution-text")).setValue("已完成项目立项审批");
        _click(_get(Button.class, spec -> spec.withId("contribution-send")));
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("contributions-grid")))).isEqualTo(1);

        // The supervisor sees the item with its light, and issues a notice: 0 working days are refused beside the field.
        KaribuUi.login(context, "supervisor");
        UI.getCurrent().navigate("supervision/items");
        SupervisedItem supervised = row(planId, 1);
        Component light = GridKt._getCellComponent(grid(), rowIndex(grid(), item.id()), "light").getChildren().findFirst().orElseThrow();
        assertThat(light.getElement().getAttribute("data-item")).isEqualTo(String.valueOf(item.id()));
        assertThat(light.getElement().getAttribute("data-light")).isEqualTo(supervised.light().name());
        UI.getCurrent().navigate("supervision/items/" + item.id());
        assertThat(_get(Component.class, spec -> spec.withId("item-light")).getElement().getAttribute("data-light"))
                .isEqualTo(supervised.light().name());
        _click(_get(Button.class, spec -> spec.withId("issue-notice")));
        IntegerField days = _get(IntegerField.class, spec -> spec.withId("notice-days"));
        assertThat(days.getValue()).isEqualTo(3);
        days.setValue(0);
        _click(_get(Button.class, spec -> spec.withId("notice-send")));
        assertThat(days.isInvalid()).isTrue();
        assertThat(days.getErrorMessage()).isEqualTo("答复期限应为 1 至 30 个工作日");
        assertThat(progress.detail(item.id()).notices()).isEmpty();
        days.setValue(3);
        _click(_get(Button.class, spec -> spec.withId("notice-send")));
        Grid<?> notices = _get(Grid.class, spec -> spec.withId("notices-grid"));
        assertThat(GridKt._getFormatted(notices, 0, "number")).startsWith("督办〔");

        // The head of the lead unit answers the notice in its task; an empty answer is refused beside the field.
        KaribuUi.login(context, "reviewer");
        open("ANSWER_SUPERVISION_NOTICE", planId);
        assertThat(_get(Component.class, spec -> spec.withId("open-notice")).getElement().getTextRecursively()).contains("督办〔");
        _click(_get(Button.class, spec -> spec.withId("answer-notice")));
        TextArea answer = _get(TextArea.class, spec -> spec.withId("notice-answer"));
        assertThat(answer.isInvalid()).isTrue();
        assertThat(answer.getErrorMessage()).isEqualTo("请填写内容（不超过 4000 字）");
        answer.setValue("已召开专题会议研究，确保按期完成");
        _click(_get(Button.class, spec -> spec.withId("answer-notice")));
        assertThat(tasks("ANSWER_SUPERVISION_NOTICE", planId)).isEmpty();

        // The item's history shows both.
        UI.getCurrent().navigate("supervision/items/" + item.id());
        Grid<?> history = _get(Grid.class, spec -> spec.withId("history-grid"));
        List<String> actions = IntStream.range(0, GridKt._size(history)).mapToObj(i -> GridKt._getFormatted(history, i, "what")).toList();
        assertThat(actions).contains("签收承办", "协办单位报送", "发出督办单", "答复督办单");
        assertThat(GridKt._getFormatted(_get(Grid.class, spec -> spec.withId("notices-grid")), 0, "answer"))
                .isEqualTo("已召开专题会议研究，确保按期完成");
    }

    @Test
    void a_returned_report_comes_back_filled_in_an_extension_is_granted_and_a_done_item_is_closed() {
        long planId = issuedPlan("督办报告视图测试方案 " + System.nanoTime());
        ApiClient api = new ApiClient(port);
        TestPlans.complete(api, "staff-scjgj", api.taskOf("staff-scjgj", "ACCEPT_ASSIGNMENT", planId), ACCEPT);
        JsonNode listed = api.get("/api/plans/" + planId + "/supervision", "supervisor").items().get(0);
        long itemId = listed.path("id").asLong();
        endPeriod(listed.path("processInstanceId").asText());

        // A report behind schedule names its problems; the field says so until it does.
        KaribuUi.login(context, "staff-scjgj");
        open("REPORT_PROGRESS", planId);
        _get(TextArea.class, spec -> spec.withId("report-progress")).setValue("已完成选址");
        _get(IntegerField.class, spec -> spec.withId("report-percent")).setValue(40);
        reportStatus().setValue(ReportStatus.BEHIND);
        _click(_get(Button.class, spec -> spec.withId("submit-report")));
        TextArea problems = _get(TextArea.class, spec -> spec.withId("report-problems"));
        assertThat(problems.isInvalid()).isTrue();
        assertThat(problems.getErrorMessage()).isEqualTo("推进滞后时须写明存在问题（不超过 4000 字）");
        problems.setValue("建设资金尚未到位");
        _click(_get(Button.class, spec -> spec.withId("submit-report")));
        assertThat(tasks("REPORT_PROGRESS", planId)).isEmpty();

        // The supervisor reads it in full and returns it; returning needs a comment.
        KaribuUi.login(context, "supervisor");
        open("REVIEW_REPORT", planId);
        assertThat(_get(Component.class, spec -> spec.withId("latest-report")).getElement().getTextRecursively())
                .contains("40%", "滞后", "建设资金尚未到位");
        _click(_get(Button.class, spec -> spec.withId("return-report")));
        TextArea comment = _get(TextArea.class, spec -> spec.withId("review-comment"));
        assertThat(comment.isInvalid()).isTrue();
        comment.setValue("请补充资金落实计划");
        _click(_get(Button.class, spec -> spec.withId("return-report")));

        // The lead unit asks for more time on the item's page: the date must be later than the current one.
        KaribuUi.login(context, "staff-scjgj");
        UI.getCurrent().navigate("supervision/items/" + itemId);
        _click(_get(Button.class, spec -> spec.withId("request-extension")));
        DatePicker due = _get(DatePicker.class, spec -> spec.withId("extension-due"));
        due.setValue(LocalDate.of(2026, 6, 30));
        _get(TextArea.class, spec -> spec.withId("extension-reason")).setValue("资金下达推迟");
        _click(_get(Button.class, spec -> spec.withId("extension-send")));
        assertThat(due.isInvalid()).isTrue();
        assertThat(due.getErrorMessage()).isEqualTo("延期后的完成时限须晚于现完成时限");
        due.setValue(LocalDate.of(2027, 3, 31));
        _click(_get(Button.class, spec -> spec.withId("extension-send")));
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("extensions-grid")))).isEqualTo(1);

        KaribuUi.login(context, "supervisor");
        open("REVIEW_EXTENSION", planId);
        assertThat(_get(Component.class, spec -> spec.withId("pending-extension")).getElement().getTextRecursively())
                .contains("2026-06-30", "2027-03-31", "资金下达推迟");
        _click(_get(Button.class, spec -> spec.withId("grant-extension")));
        assertThat(progress.detail(itemId).item().dueDate()).isEqualTo(LocalDate.of(2027, 3, 31));

        // The returned report comes back filled in, with the comment on top; the unit reports it done.
        KaribuUi.login(context, "staff-scjgj");
        open("REPORT_PROGRESS", planId);
        assertThat(_get(Component.class, spec -> spec.withId("report-returned")).getElement().getText())
                .contains("请补充资金落实计划");
        assertThat(_get(TextArea.class, spec -> spec.withId("report-progress")).getValue()).isEqualTo("已完成选址");
        _get(IntegerField.class, spec -> spec.withId("report-percent")).setValue(100);
        reportStatus().setValue(ReportStatus.DONE);
        _click(_get(Button.class, spec -> spec.withId("submit-report")));

        // The supervisor verifies the closure and the item is closed (销号).
        KaribuUi.login(context, "supervisor");
        open("VERIFY_CLOSURE", planId);
        assertThat(_get(Component.class, spec -> spec.withId("latest-report")).getElement().getTextRecursively()).contains("100%");
        _click(_get(Button.class, spec -> spec.withId("close-item")));
        assertThat(progress.detail(itemId).item().status()).isEqualTo(ItemStatus.CLOSED);
    }

    @Test
    void the_supervisor_opens_an_ad_hoc_item_with_errors_beside_the_fields_and_its_lead_unit_sees_the_evidence_section() {
        KaribuUi.login(context, "supervisor");
        UI.getCurrent().navigate("supervision/items");
        _click(_get(Button.class, spec -> spec.withId("open-adhoc")));
        _click(_get(Button.class, spec -> spec.withId("adhoc-create")));
        assertThat(_get(TextField.class, spec -> spec.withId("adhoc-title")).isInvalid()).isTrue();

        String title = "整治农贸市场计量作弊 " + System.nanoTime();
        _get(TextField.class, spec -> spec.withId("adhoc-title")).setValue(title);
        _get(TextArea.class, spec -> spec.withId("adhoc-source-text")).setValue("李副区长批示：请市场监管局牵头整治");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<org.planflow.organization.OrgUnit> lead =
                _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("adhoc-lead-unit"));
        lead.setValue(lead.getListDataView().getItems().filter(unit -> unit.code().equals("scjgj")).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.MultiSelectComboBox<org.planflow.organization.OrgUnit> coop =
                _get(com.vaadin.flow.component.combobox.MultiSelectComboBox.class, spec -> spec.withId("adhoc-coop-units"));
        coop.select(coop.getListDataView().getItems().filter(unit -> unit.code().equals("fgw")).toList());
        _get(DatePicker.class, spec -> spec.withId("adhoc-due")).setValue(LocalDate.now().minusDays(3));
        _click(_get(Button.class, spec -> spec.withId("adhoc-create")));
        assertThat(_get(DatePicker.class, spec -> spec.withId("adhoc-due")).isInvalid()).as("a due date in the past").isTrue();
        assertThat(_get(DatePicker.class, spec -> spec.withId("adhoc-due")).getErrorMessage()).isEqualTo("完成时限不能早于今天");
        _get(DatePicker.class, spec -> spec.withId("adhoc-due")).setValue(LocalDate.now().plusMonths(3));
        _click(_get(Button.class, spec -> spec.withId("adhoc-create")));

        long itemId = context.getBean(ItemSearchService.class).search(ItemFilter.of(null, "scjgj", UnitRole.LEAD, null, null), PageRequest.first(PageRequest.MAX_SIZE)).items().stream()
                .filter(item -> item.indicator().equals(title)).findFirst().orElseThrow().id();
        assertThat(context.getBean(SupervisedItemService.class).get(itemId).source()).isEqualTo(ItemSource.LEADER_INSTRUCTION);
        KaribuUi.login(context, "staff-scjgj");
        UI.getCurrent().navigate("supervision/items/" + itemId);
        assertThat(_get(com.vaadin.flow.component.upload.Upload.class, spec -> spec.withId("evidence-upload"))).isNotNull();
        KaribuUi.login(context, "staff-fgw");
        UI.getCurrent().navigate("supervision/items/" + itemId);
        assertThat(_get(Button.class, spec -> spec.withId("add-contribution"))).as("the cooperating unit sees the item").isNotNull();
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.upload.Upload.class))
                .as("only the lead unit uploads evidence").isEmpty();
    }

    @Test
    void an_issued_plan_lists_its_supervised_items_in_its_own_tab() {
        long planId = issuedPlan("督办页签测试方案 " + System.nanoTime());
        KaribuUi.login(context, "supervisor");

        UI.getCurrent().navigate("plan/" + planId, QueryParameters.of("tab", "supervision"));

        Grid<?> items = grid();
        assertThat(GridKt._size(items)).isEqualTo(2);
        assertThat(GridKt._getFormatted(items, 0, "leadUnit")).isEqualTo("区市场监管局");
        assertThat(GridKt._getFormatted(items, 0, "coopUnits")).isEqualTo("区发展改革委");
        assertThat(GridKt._getFormatted(items, 0, "due")).isEqualTo("2026-06-30");
        assertThat(GridKt._getFormatted(items, 0, "status")).isEqualTo("已交办");
    }

    @Test
    void a_member_unit_not_on_an_item_sees_its_ledger_row_and_light_and_a_unit_not_involved_does_not_find_it() {
        long planId = issuedPlan("督办台账可见性视图测试 " + System.nanoTime());
        ApiClient api = new ApiClient(port);
        TestPlans.complete(api, "staff-scjgj", api.taskOf("staff-scjgj", "ACCEPT_ASSIGNMENT", planId), ACCEPT);
        long itemId = api.get("/api/plans/" + planId + "/supervision", "supervisor").items().get(0).path("id").asLong();

        // 区经信局 leads the plan's other item: it sees this one's ledger row and light, not who is responsible or the record.
        KaribuUi.login(context, "staff-jxj");
        UI.getCurrent().navigate("supervision/items/" + itemId);
        assertThat(_get(H3.class, spec -> spec.withId("item-indicator")).getText()).isEqualTo("建设计量检测中心");
        assertThat(_get(Paragraph.class, spec -> spec.withId("item-measures")).getText()).isEqualTo("完成选址论证，启动建设");
        assertThat(_find(Paragraph.class, spec -> spec.withId("item-ledger-only"))).hasSize(1);
        assertThat(_find(Span.class, spec -> spec.withId("item-responsible"))).isEmpty();
        assertThat(_find(Grid.class, spec -> spec.withId("reports-grid"))).isEmpty();
        assertThat(_find(Grid.class, spec -> spec.withId("history-grid"))).isEmpty();

        // The cooperating unit sees the item whole.
        KaribuUi.login(context, "staff-fgw");
        UI.getCurrent().navigate("supervision/items/" + itemId);
        assertThat(_get(Span.class, spec -> spec.withId("item-responsible")).getText()).isEqualTo("张三");
        assertThat(_find(Paragraph.class, spec -> spec.withId("item-ledger-only"))).isEmpty();
        assertThat(_find(Grid.class, spec -> spec.withId("history-grid"))).hasSize(1);

        // 乡镇一 received the plan but carries none of its tasks: no 督办事项 tab, and the item is not found.
        KaribuUi.login(context, "staff-town-1");
        UI.getCurrent().navigate("plan/" + planId);
        assertThat(_find(Tab.class, spec -> spec.withId("tab-supervision"))).isEmpty();
        UI.getCurrent().navigate("supervision/items/" + itemId);
        assertThat(_get(Paragraph.class, spec -> spec.withId(Unavailable.MESSAGE_ID)).getText())
                .isEqualTo("没有找到该督办事项：它不存在，或不在您所在单位的查看范围内。");
    }

    @Test
    void every_light_status_cadence_and_source_is_worded_in_chinese_and_english() {
        Stream.of(Arrays.stream(Light.values()).map(value -> "supervision.light." + value),
                        Arrays.stream(ItemStatus.values()).map(value -> "supervision.status." + value),
                        Arrays.stream(ReportStatus.values()).map(value -> "supervision.reportStatus." + value),
                        Arrays.stream(Cadence.values()).map(value -> "supervision.cadence." + value),
                        Arrays.stream(ItemSource.values()).map(value -> "supervision.source." + value),
                        Stream.of("menu.supervisionItems", "plan.tab.supervision"))
                .flatMap(keys -> keys)
                .forEach(Wording::assertWordedInBothLanguages);
    }

    private long issuedPlan(String title) {
        ApiClient api = new ApiClient(port);
        long planId = TestPlans.approved(api, title);
        TestPlans.complete(api, "office", api.taskOf("office", "ISSUE", planId), ISSUE);
        return planId;
    }

    /** The report period's timer fires, as it would when the quarter ends: the lead unit's report opens. */
    private void endPeriod(String processInstanceId) {
        management.executeJob(management.createJobQuery().processInstanceId(processInstanceId).activityId("Timer_PeriodEnd")
                .singleResult().getId());
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<ReportStatus> reportStatus() {
        return _get(RadioButtonGroup.class, spec -> spec.withId("report-status"));
    }

    private void open(String kind, long planId) {
        KaribuUi.openTask(inbox, kind, planId);
    }

    private List<InboxEntry> tasks(String kind, long planId) {
        return KaribuUi.tasksOf(inbox, kind, planId);
    }

    @SuppressWarnings("unchecked")
    private static Grid<SupervisedItem> grid() {
        return _get(Grid.class, spec -> spec.withId("items-grid"));
    }

    /** The listed item of the plan with that breakdown number. */
    private static SupervisedItem row(long planId, int seq) {
        Grid<SupervisedItem> grid = grid();
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i))
                .filter(item -> item.planId() != null && item.planId() == planId && item.seq() != null && item.seq() == seq)
                .findFirst().orElseThrow(() -> new AssertionError("item " + seq + " of plan " + planId + " is not listed"));
    }

    private static int rowIndex(Grid<SupervisedItem> grid, long itemId) {
        return IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._get(grid, i).id() == itemId).findFirst().orElseThrow();
    }
}
