package org.planflow.plan;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.planflow.PlanFlowTest;
import org.planflow.ui.KaribuUi;
import org.planflow.ui.UserLocale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@PlanFlowTest
class PlanListViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    PlanService plans;
    @Autowired
    PlanListService list;

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    void a_drafter_creates_a_plan_through_the_dialog_and_lands_in_the_editor() {
        String title = "列表新建方案 " + System.nanoTime();
        KaribuUi.login(context, "drafter");
        UI.getCurrent().navigate("plans");
        assertThat(_get(HorizontalLayout.class, spec -> spec.withId("plan-toolbar"))).isNotNull();

        _click(_get(Button.class, spec -> spec.withId("new-plan")));
        _get(TextField.class, spec -> spec.withId("new-plan-title")).setValue(title);
        _click(_get(Button.class, spec -> spec.withId("new-plan-create")));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).startsWith("plan-edit/");
        assertThat(_get(TextField.class, spec -> spec.withId("title")).getValue()).isEqualTo(title);
        assertThat(_find(Dialog.class, spec -> spec.withId("new-plan-dialog"))).isEmpty();
        PlanSummary created = list.search(new PlanQuery(PlanQuery.Scope.MINE, title, null, null), 0, 10).get(0);
        assertThat(created.status()).isEqualTo(PlanStatus.DRAFTING);
        assertThat(created.type()).isEqualTo(PlanService.DEFAULT_TYPE);
    }

    @Test
    void a_file_that_is_not_text_is_refused_beside_the_import_upload_in_the_users_language() {
        KaribuUi.login(context, "drafter");
        UI.getCurrent().navigate("plans");

        UploadKt._upload(_get(Upload.class, spec -> spec.withId("import-plan")), "方案.txt", "text/plain",
                "宝坻区质量兴区工作实施方案\n\0\0\0".getBytes(StandardCharsets.UTF_8));
        // The upload handler reports back through UI.access, which runs when the "request" ends.
        MockVaadin.clientRoundtrip();

        Span problem = _get(Span.class, spec -> spec.withId("import-plan-problem"));
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).startsWith("文件“方案.txt”不是文本文件");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("plans");

        KaribuUi.stop();
        KaribuUi.login(context, "drafter");
        UI.getCurrent().setLocale(UserLocale.ENGLISH);
        UI.getCurrent().navigate("plans");
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("import-plan")), "plan.docx", "application/octet-stream", "not a zip".getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip();

        assertThat(_get(Span.class, spec -> spec.withId("import-plan-problem")).getText())
                .isEqualTo("The file \"plan.docx\" is not a readable .docx document");
    }

    @Test
    void an_empty_title_is_refused_beside_the_field_and_the_dialog_stays_open() {
        KaribuUi.login(context, "drafter");
        long before = list.count(PlanQuery.of(PlanQuery.Scope.MINE));
        UI.getCurrent().navigate("plans");

        _click(_get(Button.class, spec -> spec.withId("new-plan")));
        TextField title = _get(TextField.class, spec -> spec.withId("new-plan-title"));
        title.setValue("   ");
        _click(_get(Button.class, spec -> spec.withId("new-plan-create")));

        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("请填写方案标题（不超过300字）");
        assertThat(_get(Dialog.class, spec -> spec.withId("new-plan-dialog")).isOpened()).isTrue();
        assertThat(list.count(PlanQuery.of(PlanQuery.Scope.MINE))).isEqualTo(before);
    }

    @Test
    void the_list_filters_by_title_and_status_and_a_row_opens_the_plan() {
        String marker = "筛选测试" + System.nanoTime();
        KaribuUi.login(context, "drafter");
        plans.create(PlanDraft.titled(marker + " 甲方案"));
        Plan inReview = plans.create(PlanDraft.titled(marker + " 乙方案"));
        plans.enterStatus(inReview.id(), PlanStatus.IN_REVIEW);
        UI.getCurrent().navigate("plans");
        Grid<PlanSummary> grid = grid();
        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(2);

        _get(TextField.class, spec -> spec.withId("plan-search")).setValue(marker);
        assertThat(rows(grid)).extracting(PlanSummary::title).containsExactly(marker + " 乙方案", marker + " 甲方案");

        @SuppressWarnings("unchecked")
        Select<PlanStatus> status = _get(Select.class, spec -> spec.withId("plan-status-filter"));
        status.setValue(PlanStatus.IN_REVIEW);
        assertThat(rows(grid)).extracting(PlanSummary::title).containsExactly(marker + " 乙方案");
        assertThat(GridKt._getCellComponent(grid, 0, "status").getElement().getText()).isEqualTo("科室审核中");

        GridKt._clickItem(grid, 0);
        assertThat(_get(H2.class, spec -> spec.withId("plan-title")).getText()).isEqualTo(marker + " 乙方案");
    }

    @Test
    void township_staff_list_their_units_plans_without_the_all_scope_or_a_new_button() {
        KaribuUi.login(context, "staff-town-1");
        UI.getCurrent().navigate("plans");

        @SuppressWarnings("unchecked")
        Select<PlanQuery.Scope> scope = _get(Select.class, spec -> spec.withId("plan-scope"));
        assertThat(scope.getListDataView().getItems()).containsExactly(PlanQuery.Scope.MINE, PlanQuery.Scope.UNIT);
        assertThat(scope.getValue()).isEqualTo(PlanQuery.Scope.UNIT);
        assertThat(_find(Button.class, spec -> spec.withId("new-plan"))).isEmpty();
    }

    @Test
    void the_supervisor_starts_with_all_plans_of_the_district() {
        String title = "督查室可见 " + System.nanoTime();
        KaribuUi.login(context, "drafter");
        plans.create(PlanDraft.titled(title));
        KaribuUi.login(context, "supervisor");
        UI.getCurrent().navigate("plans");

        @SuppressWarnings("unchecked")
        Select<PlanQuery.Scope> scope = _get(Select.class, spec -> spec.withId("plan-scope"));
        assertThat(scope.getValue()).isEqualTo(PlanQuery.Scope.ALL);
        _get(TextField.class, spec -> spec.withId("plan-search")).setValue(title);
        assertThat(rows(grid())).extracting(PlanSummary::title).containsExactly(title);
    }

    @SuppressWarnings("unchecked")
    private static Grid<PlanSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("plan-grid"));
    }

    private static List<PlanSummary> rows(Grid<PlanSummary> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }
}
