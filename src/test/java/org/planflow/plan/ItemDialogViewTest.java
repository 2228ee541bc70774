package org.planflow.plan;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.planflow.PlanFlowTest;
import org.planflow.organization.OrgUnit;
import org.planflow.shared.Cadence;
import org.planflow.shared.Milestone;
import org.planflow.shared.Target;
import org.planflow.ui.KaribuUi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The breakdown row dialog edits an item's milestones, targets and cadence (decision 066). */
@PlanFlowTest
class ItemDialogViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    PlanService plans;

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    void a_milestone_a_target_and_a_monthly_cadence_added_in_the_dialog_are_saved_and_shown_again() {
        Plan plan = newPlan("节点指标测试 " + System.nanoTime());
        UI.getCurrent().navigate("plan-edit/" + plan.id());

        startItem("开展食品安全抽检");
        _get(DatePicker.class, spec -> spec.withId("item-due-date")).setValue(LocalDate.of(2027, 12, 31));
        cadence().setValue(Cadence.MONTHLY);
        _click(_get(Button.class, spec -> spec.withId("item-add-milestone")));
        _get(TextField.class, spec -> spec.withId("item-milestone-text-0")).setValue("完成抽检计划");
        _get(DatePicker.class, spec -> spec.withId("item-milestone-due-0")).setValue(LocalDate.of(2027, 3, 31));
        _click(_get(Button.class, spec -> spec.withId("item-add-target")));
        _get(TextField.class, spec -> spec.withId("item-target-name-0")).setValue("抽检合格率");
        _get(TextField.class, spec -> spec.withId("item-target-unit-0")).setValue("%");
        _get(BigDecimalField.class, spec -> spec.withId("item-target-value-0")).setValue(new BigDecimal("98"));
        _get(BigDecimalField.class, spec -> spec.withId("item-target-baseline-0")).setValue(new BigDecimal("96"));
        _get(IntegerField.class, spec -> spec.withId("item-target-year-0")).setValue(2027);
        // a row added and left empty is not sent
        _click(_get(Button.class, spec -> spec.withId("item-add-milestone")));
        _click(_get(Button.class, spec -> spec.withId("item-apply")));
        assertThat(_find(Dialog.class, spec -> spec.withId("item-dialog"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("save-plan")));

        BreakdownItem saved = plans.get(plan.id()).items().get(0);
        assertThat(saved.milestones()).containsExactly(new Milestone("完成抽检计划", LocalDate.of(2027, 3, 31)));
        assertThat(saved.targets()).containsExactly(new Target("抽检合格率", "%", Target.Direction.GE, new BigDecimal("98"),
                new BigDecimal("96"), 2027));
        assertThat(saved.cadence()).isEqualTo(Cadence.MONTHLY);

        _click((Button) GridKt._getCellComponent(items(), 0, "actions").getChildren()
                .filter(child -> child.hasClassName("item-edit")).findFirst().orElseThrow());
        assertThat(_get(TextField.class, spec -> spec.withId("item-milestone-text-0")).getValue()).isEqualTo("完成抽检计划");
        assertThat(_get(BigDecimalField.class, spec -> spec.withId("item-target-value-0")).getValue()).isEqualByComparingTo("98");
        assertThat(cadence().getValue()).isEqualTo(Cadence.MONTHLY);
    }

    @Test
    void a_target_without_its_value_is_refused_beside_the_value_and_the_dialog_keeps_what_was_typed() {
        Plan plan = newPlan("指标缺值测试 " + System.nanoTime());
        UI.getCurrent().navigate("plan-edit/" + plan.id());

        startItem("提高抽检合格率");
        _click(_get(Button.class, spec -> spec.withId("item-add-target")));
        _get(TextField.class, spec -> spec.withId("item-target-name-0")).setValue("抽检合格率");
        _click(_get(Button.class, spec -> spec.withId("item-apply")));

        BigDecimalField value = _get(BigDecimalField.class, spec -> spec.withId("item-target-value-0"));
        assertThat(value.isInvalid()).isTrue();
        assertThat(value.getErrorMessage()).isEqualTo("第 1 项的指标“抽检合格率”须写明目标值");
        assertThat(_get(Dialog.class, spec -> spec.withId("item-dialog")).isOpened()).isTrue();
        assertThat(_get(TextArea.class, spec -> spec.withId("item-indicator")).getValue()).isEqualTo("提高抽检合格率");
        assertThat(_get(TextField.class, spec -> spec.withId("item-target-name-0")).getValue()).isEqualTo("抽检合格率");

        value.setValue(new BigDecimal("95"));
        assertThat(value.isInvalid()).isFalse();
        _click(_get(Button.class, spec -> spec.withId("item-apply")));
        assertThat(_find(Dialog.class, spec -> spec.withId("item-dialog"))).isEmpty();
    }

    @Test
    void a_milestone_after_the_items_due_date_is_refused_beside_its_date() {
        Plan plan = newPlan("节点晚于时限 " + System.nanoTime());
        UI.getCurrent().navigate("plan-edit/" + plan.id());

        startItem("建成一站式服务站");
        _get(DatePicker.class, spec -> spec.withId("item-due-date")).setValue(LocalDate.of(2027, 6, 30));
        _click(_get(Button.class, spec -> spec.withId("item-add-milestone")));
        _get(TextField.class, spec -> spec.withId("item-milestone-text-0")).setValue("完成选址");
        DatePicker due = _get(DatePicker.class, spec -> spec.withId("item-milestone-due-0"));
        due.setValue(LocalDate.of(2027, 9, 30));
        _click(_get(Button.class, spec -> spec.withId("item-apply")));

        assertThat(due.isInvalid()).isTrue();
        assertThat(due.getErrorMessage()).isEqualTo("第 1 项的节点日期 2027-09-30 晚于该项完成时限 2027-06-30");
        assertThat(_get(Dialog.class, spec -> spec.withId("item-dialog")).isOpened()).isTrue();
    }

    private Plan newPlan(String title) {
        KaribuUi.login(context, "drafter");
        return plans.create(PlanDraft.titled(title));
    }

    private static void startItem(String indicator) {
        _click(_get(Button.class, spec -> spec.withId("add-item")));
        _get(TextArea.class, spec -> spec.withId("item-indicator")).setValue(indicator);
        @SuppressWarnings("unchecked")
        ComboBox<OrgUnit> lead = _get(ComboBox.class, spec -> spec.withId("item-lead-unit"));
        ComboBoxKt.selectByLabel(lead, "区市场监管局");
    }

    @SuppressWarnings("unchecked")
    private static Select<Cadence> cadence() {
        return _get(Select.class, spec -> spec.withId("item-cadence"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> items() {
        return _get(Grid.class, spec -> spec.withId("editor-items"));
    }
}
