package org.planflow.assessment;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.TestPlans;
import org.planflow.organization.OrgUnit;
import org.planflow.ui.KaribuUi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The office's 考核办法 page: indicators added in the grid, the non-bonus points checked against the stated total beside
 * it, a refused save keeping every row on screen, and the saved method shown as the plan's indicator table.
 */
@PlanFlowTest
class AssessmentMethodViewTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    AssessmentMethodService methods;

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    void the_office_adds_indicators_sees_the_total_checked_beside_it_and_saves_the_method() {
        ApiClient api = new ApiClient(port);
        long planId = TestPlans.issued(api, """
                {"title":"考核办法视图测试方案 %d","sections":[{"outline":"一、","level":1,"heading":"主要任务","body":"推进质量工作。"}],
                 "items":[{"indicator":"开展质量提升行动","leadUnit":{"code":"jxj"}}]}""".formatted(System.nanoTime()), "[\"town-1\"]");

        KaribuUi.login(context, "supervisor");
        UI.getCurrent().navigate("plans/" + planId + "/indicators");
        assertThat(_get(Paragraph.class, spec -> spec.withId("method-intro")).getText()).startsWith("尚未制定考核办法");
        assertThat(_find(Button.class, spec -> spec.withId("method-open-assessment"))).hasSize(1);
        add("质量提升", "开展质量提升行动", "60", false, "jxj");
        BigDecimalField total = _get(BigDecimalField.class, spec -> spec.withId("method-total"));
        assertThat(total.getHelperText()).isEqualTo("非加分项指标合计60分");
        assertThat(total.isInvalid()).isTrue();
        assertThat(total.getErrorMessage()).isEqualTo("非加分项指标合计60分，与满分100分不符");

        // saved short of the total: refused beside the total, nothing kept, the row still on screen
        _click(_get(Button.class, spec -> spec.withId("method-save")));
        assertThat(total.isInvalid()).isTrue();
        assertThat(total.getErrorMessage()).isEqualTo("非加分项指标合计60分，与满分100分不符");
        assertThat(methods.method(planId)).isEmpty();

        add("质量安全", "守住质量安全底线", "40", false);
        assertThat(total.isInvalid()).isFalse();
        add("加分项", "获得省级质量奖", "0", true, "scjgj");
        _click(_get(Button.class, spec -> spec.withId("method-save")));
        Span rowProblem = _get(Span.class, spec -> spec.withId("method-row-problem"));
        assertThat(rowProblem.isVisible()).isTrue();
        assertThat(rowProblem.getText()).isEqualTo("第3项指标：分值须为正数，不能是0");
        @SuppressWarnings("unchecked")
        Grid<MethodIndicator> grid = _get(Grid.class, spec -> spec.withId("method-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(3);

        _click(_get(GridKt._getCellComponent(grid, 2, "actions"), Button.class, spec -> spec.withClasses("method-edit")));
        _get(BigDecimalField.class, spec -> spec.withId("method-points")).setValue(new BigDecimal("3"));
        _click(_get(Button.class, spec -> spec.withId("method-indicator-ok")));
        _click(_get(Button.class, spec -> spec.withId("method-save")));

        AssessmentMethod saved = methods.method(planId).orElseThrow();
        assertThat(saved.indicators()).extracting(MethodIndicator::name).containsExactly("开展质量提升行动", "守住质量安全底线", "获得省级质量奖");
        assertThat(saved.indicators().get(1).responsibleUnits()).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("method-intro")).getText()).startsWith("本方案按考核办法考核");
        assertThat(_find(H4.class, spec -> spec.withClasses("indicator-category")).stream().map(H4::getText).toList())
                .containsExactly("质量提升（60分，1项）", "质量安全（40分，1项）", "加分项（3分，1项）");

        // a unit reads the method's indicators; only the office edits them
        KaribuUi.login(context, "staff-jxj");
        UI.getCurrent().navigate("plans/" + planId + "/indicators");
        assertThat(_find(Grid.class, spec -> spec.withId("method-grid"))).isEmpty();
        assertThat(_find(H4.class, spec -> spec.withClasses("indicator-category"))).hasSize(3);
    }

    @Test
    void the_office_removes_the_method_after_confirming_unless_an_assessment_was_opened_on_it() {
        ApiClient api = new ApiClient(port);
        long planId = TestPlans.issued(api, """
                {"title":"考核办法删除视图测试方案 %d","sections":[{"outline":"一、","level":1,"heading":"主要任务","body":"推进质量工作。"}],
                 "items":[{"indicator":"开展质量提升行动","leadUnit":{"code":"jxj"}}]}""".formatted(System.nanoTime()), "[\"town-1\"]");
        String method = "[{\"category\":\"质量提升\",\"name\":\"开展质量提升行动\",\"points\":100,\"responsibleUnits\":[\"jxj\"]}]";
        assertThat(api.put("/api/plans/" + planId + "/indicators", "supervisor", method).status()).isEqualTo(200);

        KaribuUi.login(context, "supervisor");
        UI.getCurrent().navigate("plans/" + planId + "/indicators");
        _click(_get(Button.class, spec -> spec.withId("method-delete")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("method-delete-confirm")));
        assertThat(methods.method(planId)).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("method-intro")).getText()).startsWith("尚未制定考核办法");
        assertThat(_find(Button.class, spec -> spec.withId("method-delete"))).as("nothing left to remove").isEmpty();

        // once a year's assessment was opened on it, the removal is refused beside the button and the method stays
        assertThat(api.put("/api/plans/" + planId + "/indicators", "supervisor", method).status()).isEqualTo(200);
        ApiClient.Response opened = api.post("/api/plans/" + planId + "/assessments", "supervisor",
                "{\"year\":" + AssessmentService.FIRST_YEAR + ",\"deadlineWorkingDays\":5}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        UI.getCurrent().navigate("plans/" + planId + "/indicators");
        _click(_get(Button.class, spec -> spec.withId("method-delete")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("method-delete-confirm")));
        Span refusal = _get(Span.class, spec -> spec.withId("method-delete-problem"));
        assertThat(refusal.isVisible()).isTrue();
        assertThat(refusal.getText()).isEqualTo("本方案已按该考核办法开展年度考核，不能删除");
        assertThat(methods.method(planId)).isPresent();
    }

    private static void add(String category, String name, String points, boolean bonus, String... units) {
        _click(_get(Button.class, spec -> spec.withId("method-add")));
        _get(TextField.class, spec -> spec.withId("method-category")).setValue(category);
        _get(TextField.class, spec -> spec.withId("method-name")).setValue(name);
        _get(BigDecimalField.class, spec -> spec.withId("method-points")).setValue(new BigDecimal(points));
        _get(Checkbox.class, spec -> spec.withId("method-bonus")).setValue(bonus);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<OrgUnit> unitBox = _get(MultiSelectComboBox.class, spec -> spec.withId("method-units"));
        Set<String> codes = Set.of(units);
        unitBox.setValue(unitBox.getListDataView().getItems().filter(unit -> codes.contains(unit.code()))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        _click(_get(Button.class, spec -> spec.withId("method-indicator-ok")));
    }
}
