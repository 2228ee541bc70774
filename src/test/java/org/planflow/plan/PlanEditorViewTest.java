package org.planflow.plan;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.planflow.PlanFlowTest;
import org.planflow.importing.DocumentWarning;
import org.planflow.organization.OrgUnit;
import org.planflow.organization.OrganizationService;
import org.planflow.ui.KaribuUi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@PlanFlowTest
class PlanEditorViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    PlanService plans;
    @Autowired
    PlanRevisionService revisions;
    @Autowired
    OrganizationService organization;

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    void a_section_and_items_with_units_from_the_list_are_saved_as_revision_two_with_a_live_total() {
        Plan plan = newPlan("编辑器测试 " + System.nanoTime());
        UI.getCurrent().navigate("plan-edit/" + plan.id());

        _click(_get(Button.class, spec -> spec.withId("add-section")));
        _get(TextField.class, spec -> spec.withId("section-outline-0")).setValue("一、");
        _get(TextField.class, spec -> spec.withId("section-heading-0")).setValue("工作目标");
        _get(TextArea.class, spec -> spec.withId("section-body-0")).setValue("到年底完成质量提升各项任务。\n建立联席会议制度。");

        addItem("开展质量提升行动", "10", "区发展改革委", true);
        assertThat(text("editor-total-score")).isEqualTo("合计 10 分");
        addItem("建立季度联席会议制度", "5.5", "区市场监管局", false);
        assertThat(text("editor-total-score")).isEqualTo("合计 15.5 分");

        _get(TextField.class, spec -> spec.withId("revision-note")).setValue("补充目标和任务");
        _click(_get(Button.class, spec -> spec.withId("save-plan")));

        NotificationsKt.expectNotifications("已保存为第 2 版");
        Plan saved = plans.get(plan.id());
        assertThat(saved.revision()).isEqualTo(2);
        assertThat(saved.sections()).containsExactly(new PlanSection("一、", 1, "工作目标", "到年底完成质量提升各项任务。\n建立联席会议制度。"));
        assertThat(saved.items()).extracting(BreakdownItem::indicator).containsExactly("开展质量提升行动", "建立季度联席会议制度");
        assertThat(saved.items().get(0).leadUnit()).isEqualTo(new UnitRef("fgw", "区发展改革委"));
        assertThat(saved.items().get(0).coopUnits()).containsExactly(new UnitRef("czj", "区财政局"));
        assertThat(saved.items().get(1).score()).isEqualByComparingTo("5.5");
        assertThat(revisions.revisions(plan.id()).get(0).note()).isEqualTo("补充目标和任务");
        assertThat(text("editor-revision")).isEqualTo("当前第 2 版");
    }

    @Test
    void moving_an_item_up_changes_the_order_that_is_saved() {
        Plan plan = newPlan("排序测试 " + System.nanoTime());
        UI.getCurrent().navigate("plan-edit/" + plan.id());
        addItem("第一项", "1", "区财政局", false);
        addItem("第二项", "2", "区财政局", false);

        _click((Button) GridKt._getCellComponent(items(), 1, "actions").getChildren()
                .filter(child -> child.hasClassName("item-up")).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("save-plan")));

        assertThat(plans.get(plan.id()).items()).extracting(BreakdownItem::seq, BreakdownItem::indicator)
                .containsExactly(tuple(1, "第二项"), tuple(2, "第一项"));
    }

    @Test
    void a_cleared_title_is_refused_beside_the_title_field_and_nothing_is_saved() {
        Plan plan = newPlan("清空标题 " + System.nanoTime());
        UI.getCurrent().navigate("plan-edit/" + plan.id());

        TextField title = _get(TextField.class, spec -> spec.withId("title"));
        title.setValue("");
        _click(_get(Button.class, spec -> spec.withId("save-plan")));

        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("请填写方案标题（不超过300字）");
        assertThat(plans.get(plan.id()).revision()).isEqualTo(1);
        assertThat(plans.get(plan.id()).title()).isEqualTo(plan.title());
    }

    @Test
    void leaving_with_unsaved_changes_asks_first_and_staying_keeps_the_edits() {
        Plan plan = newPlan("未保存离开 " + System.nanoTime());
        UI.getCurrent().navigate("plan-edit/" + plan.id());
        UI.getCurrent().navigate("plans");
        assertThat(_find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class)).as("nothing changed, nothing asked").isEmpty();

        UI.getCurrent().navigate("plan-edit/" + plan.id());
        _get(TextField.class, spec -> spec.withId("title")).setValue("改过的标题");
        UI.getCurrent().navigate("plans");

        com.vaadin.flow.component.confirmdialog.ConfirmDialog confirm =
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class, spec -> spec.withId("unsaved-confirm"));
        assertThat(confirm.isOpened()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withId("title")).getValue()).isEqualTo("改过的标题");
    }

    @Test
    void an_empty_section_is_refused_beside_its_heading() {
        Plan plan = newPlan("空章节 " + System.nanoTime());
        UI.getCurrent().navigate("plan-edit/" + plan.id());
        _click(_get(Button.class, spec -> spec.withId("add-section")));
        _get(TextField.class, spec -> spec.withId("section-heading-0")).setValue("总体要求");
        _click(_get(Button.class, spec -> spec.withId("add-section")));

        _click(_get(Button.class, spec -> spec.withId("save-plan")));

        TextField heading = _get(TextField.class, spec -> spec.withId("section-heading-1"));
        assertThat(heading.isInvalid()).isTrue();
        assertThat(heading.getErrorMessage()).isEqualTo("请填写标题或正文（标题不超过500字）");
        assertThat(_get(TextField.class, spec -> spec.withId("section-heading-0")).isInvalid()).isFalse();
        assertThat(plans.get(plan.id()).revision()).isEqualTo(1);
    }

    @Test
    void an_unmatched_unit_from_an_import_is_flagged_until_the_drafter_picks_the_real_unit() {
        KaribuUi.login(context, "drafter");
        BreakdownItem imported = new BreakdownItem(1, null, "加强市场监管", BigDecimal.TEN, null,
                UnitRef.unmatched("工商分局"), List.of(new UnitRef("fgw", "区发展改革委"), UnitRef.unmatched("质监分局")), null);
        Plan plan = plans.createImported(new PlanDraft("导入单位测试 " + System.nanoTime(), null, null,
                List.of(new PlanSection("一、", 1, "主要任务", "加强市场监管。")), List.of(imported), null, null),
                List.of(ImportWarning.of(DocumentWarning.of(DocumentWarning.Code.UNIT_NOT_FOUND, "工商分局")),
                        ImportWarning.of(DocumentWarning.of(DocumentWarning.Code.UNIT_NOT_FOUND, "市经信委"))), "seed.docx");
        UI.getCurrent().navigate("plan-edit/" + plan.id());

        assertThat(_get(Div.class, spec -> spec.withId("plan-warnings")).getElement().getTextRecursively())
                .contains("本区未找到单位：工商分局", "本区未找到单位：市经信委").doesNotContain("Unit not found");

        Grid<Object> grid = items();
        assertThat(GridKt._getCellComponent(grid, 0, "leadUnit").getElement().getOuterHTML()).contains("工商分局", "unmatched-unit");
        _click((Button) GridKt._getCellComponent(grid, 0, "actions").getChildren()
                .filter(child -> child.hasClassName("item-edit")).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        ComboBox<OrgUnit> lead = _get(ComboBox.class, spec -> spec.withId("item-lead-unit"));
        assertThat(lead.getValue()).isNull();
        assertThat(lead.getHelperText()).isEqualTo("原文：工商分局");
        ComboBoxKt.selectByLabel(lead, "区市场监管局");
        _click(_get(Button.class, spec -> spec.withId("item-apply")));
        _click(_get(Button.class, spec -> spec.withId("save-plan")));

        BreakdownItem saved = plans.get(plan.id()).items().get(0);
        assertThat(saved.leadUnit()).isEqualTo(new UnitRef("scjgj", "区市场监管局"));
        // The cooperating unit nobody resolved keeps its written name.
        assertThat(saved.coopUnits()).containsExactly(new UnitRef("fgw", "区发展改革委"), UnitRef.unmatched("质监分局"));
    }

    @Test
    void a_group_chosen_to_lead_replaces_the_lead_unit_and_is_saved_and_shown_by_its_name() {
        Plan plan = newPlan("乡镇牵头测试 " + System.nanoTime());
        UI.getCurrent().navigate("plan-edit/" + plan.id());
        addItem("落实质量强镇属地责任", "5", "区市场监管局", false);

        _click((Button) GridKt._getCellComponent(items(), 0, "actions").getChildren()
                .filter(child -> child.hasClassName("item-edit")).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        ComboBox<OrgUnit> lead = _get(ComboBox.class, spec -> spec.withId("item-lead-unit"));
        @SuppressWarnings("unchecked")
        ComboBox<LeadGroup> group = _get(ComboBox.class, spec -> spec.withId("item-lead-group"));
        ComboBoxKt.selectByLabel(group, "各乡镇（街道）");
        assertThat(lead.getValue()).as("the group leads instead of the unit").isNull();
        assertThat(lead.isEnabled()).isFalse();
        _click(_get(Button.class, spec -> spec.withId("item-apply")));
        assertThat(GridKt._getCellComponent(items(), 0, "leadUnit").getElement().getTextRecursively()).isEqualTo("各乡镇（街道）");
        _click(_get(Button.class, spec -> spec.withId("save-plan")));

        BreakdownItem saved = plans.get(plan.id()).items().get(0);
        assertThat(saved.leadGroup()).isEqualTo(LeadGroup.TOWNSHIPS_AND_STREETS);
        assertThat(saved.leadUnit()).isNull();
    }

    @Test
    void a_save_over_someone_elses_revision_is_refused_and_the_edits_stay_on_screen() {
        Plan plan = newPlan("并发保存 " + System.nanoTime());
        UI.getCurrent().navigate("plan-edit/" + plan.id());
        plans.update(plan.id(), new PlanDraft(plan.title() + "（他人修改）", null, null, List.of(), List.of(), 1, null));

        TextField title = _get(TextField.class, spec -> spec.withId("title"));
        title.setValue("我的修改");
        _click(_get(Button.class, spec -> spec.withId("save-plan")));

        assertThat(_get(Dialog.class, spec -> spec.withId("conflict-dialog")).isOpened()).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("conflict-message")).getText()).contains("第 2 版", "第 1 版");
        assertThat(title.getValue()).isEqualTo("我的修改");
        assertThat(plans.get(plan.id()).title()).isEqualTo(plan.title() + "（他人修改）");
    }

    @Test
    void an_uploaded_attachment_is_stored_at_once_listed_for_download_and_removable() {
        Plan plan = newPlan("附件测试 " + System.nanoTime());
        UI.getCurrent().navigate("plan-edit/" + plan.id());

        UploadKt._upload(_get(Upload.class, spec -> spec.withId("attachment-upload")), "任务分解表.txt", "text/plain",
                "序号,任务".getBytes(StandardCharsets.UTF_8));
        // The upload handler reports back through UI.access, which runs when the "request" ends.
        MockVaadin.clientRoundtrip();

        assertThat(plans.get(plan.id()).attachments()).extracting(AttachmentInfo::fileName).containsExactly("任务分解表.txt");
        Div list = _get(Div.class, spec -> spec.withId("attachment-list"));
        assertThat(_find(list, Anchor.class)).extracting(Anchor::getText).containsExactly("任务分解表.txt");
        assertThat(plans.get(plan.id()).revision()).isEqualTo(1);

        _click(_get(list, Button.class, spec -> spec.withClasses("attachment-remove")));
        assertThat(plans.get(plan.id()).attachments()).isEmpty();
        assertThat(_find(list, Anchor.class)).isEmpty();
    }

    @Test
    void a_file_of_a_type_not_accepted_is_refused_beside_the_upload_naming_the_accepted_types() {
        Plan plan = newPlan("附件类型 " + System.nanoTime());
        UI.getCurrent().navigate("plan-edit/" + plan.id());
        Upload upload = _get(Upload.class, spec -> spec.withId("attachment-upload"));
        assertThat(upload.getAcceptedFileTypes()).contains(".pdf", ".docx", ".ofd").doesNotContain(".exe", ".zip");

        UploadKt._upload(upload, "安装程序.exe", "application/octet-stream", "MZ".getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip();

        assertThat(plans.get(plan.id()).attachments()).isEmpty();
        Span problem = _get(Span.class, spec -> spec.withId("attachment-upload-problem"));
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText())
                .isEqualTo("文件“安装程序.exe”的类型不允许上传；可上传：pdf, ofd, doc, docx, wps, xls, xlsx, et, ppt, pptx, txt, jpg, jpeg, png");
    }

    @Test
    void a_breakdown_file_that_is_no_workbook_is_refused_below_the_upload_in_the_users_language() {
        Plan plan = newPlan("分解表文件 " + System.nanoTime());
        UI.getCurrent().navigate("plan-edit/" + plan.id());

        UploadKt._upload(_get(Upload.class, spec -> spec.withId("breakdown-import")), "任务分解表.xlsx", "application/octet-stream",
                "序号,指标".getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip();

        UnorderedList errors = _get(UnorderedList.class, spec -> spec.withId("breakdown-import-errors"));
        assertThat(errors.isVisible()).isTrue();
        assertThat(errors.getElement().getTextRecursively()).isEqualTo("文件未导入：文件不是 .xlsx 工作簿，请将任务分解表另存为 .xlsx 后导入");
    }

    @Test
    void a_plan_in_review_is_not_editable_and_says_why() {
        Plan plan = newPlan("审核中不可编辑 " + System.nanoTime());
        plans.enterStatus(plan.id(), PlanStatus.IN_REVIEW);

        UI.getCurrent().navigate("plan-edit/" + plan.id());

        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-not-editable")).getText()).contains("科室审核中");
        assertThat(_find(Button.class, spec -> spec.withId("save-plan"))).isEmpty();
        assertThat(_find(TextField.class, spec -> spec.withId("title"))).isEmpty();
    }

    private Plan newPlan(String title) {
        KaribuUi.login(context, "drafter");
        return plans.create(PlanDraft.titled(title));
    }

    /** Adds a row through the item dialog, optionally with 区财政局 cooperating. */
    private void addItem(String indicator, String score, String leadUnit, boolean withCoop) {
        _click(_get(Button.class, spec -> spec.withId("add-item")));
        _get(TextArea.class, spec -> spec.withId("item-indicator")).setValue(indicator);
        _get(BigDecimalField.class, spec -> spec.withId("item-score")).setValue(new BigDecimal(score));
        @SuppressWarnings("unchecked")
        ComboBox<OrgUnit> lead = _get(ComboBox.class, spec -> spec.withId("item-lead-unit"));
        ComboBoxKt.selectByLabel(lead, leadUnit);
        if (withCoop) {
            @SuppressWarnings("unchecked")
            MultiSelectComboBox<OrgUnit> coop = _get(MultiSelectComboBox.class, spec -> spec.withId("item-coop-units"));
            coop.setValue(Set.of(organization.unit("czj")));
        }
        _click(_get(Button.class, spec -> spec.withId("item-apply")));
        assertThat(_find(Dialog.class, spec -> spec.withId("item-dialog"))).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> items() {
        return _get(Grid.class, spec -> spec.withId("editor-items"));
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }
}
