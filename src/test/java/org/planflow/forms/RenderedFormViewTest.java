package org.planflow.forms;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planflow.consultation.ConsultationFields;
import org.planflow.inbox.TaskKinds;
import org.planflow.plan.PlanFields;
import org.planflow.shared.Outcome;
import org.planflow.ui.Translations;
import org.planflow.ui.UserLocale;

/** The form component alone: a browserless UI without Spring, worded by the application's own translations. */
class RenderedFormViewTest {

    private static final String I18N_PROVIDER = "vaadin.i18n.provider";

    @BeforeEach
    void start() {
        System.setProperty(I18N_PROVIDER, Translations.class.getName());
        MockVaadin.setup();
        UI.getCurrent().setLocale(UserLocale.CHINESE);
    }

    @AfterEach
    void stop() {
        MockVaadin.tearDown();
        System.clearProperty(I18N_PROVIDER);
    }

    @Test
    void dept_review_shows_its_fields_with_labels_and_hints() {
        show(FormDefinitionTest.load("dept-review"), Map.of());

        RadioButtonGroup<String> outcome = outcome();
        assertThat(outcome.getLabel()).isEqualTo("审核结论");
        assertThat(outcome.isRequiredIndicatorVisible()).isTrue();
        assertThat(outcome.getListDataView().getItems().map(outcome.getItemLabelGenerator()::apply)).containsExactly("通过", "退回修改");
        TextArea comment = comment();
        assertThat(comment.getLabel()).isEqualTo("审核意见");
        assertThat(comment.getHelperText()).isEqualTo("退回修改时必填，不超过2000字");
        assertThat(comment.isRequiredIndicatorVisible()).isFalse();
        assertThat(_get(Paragraph.class).getText()).as("markdown shown as plain text")
                .startsWith("请审核本部门起草的方案稿。选择“退回修改”时").doesNotContain("**");
    }

    @Test
    void an_empty_outcome_is_shown_beside_the_outcome_and_cleared_once_fixed() {
        RenderedForm form = show(FormDefinitionTest.load("dept-review"), Map.of());

        assertThat(form.validateAndShow()).isFalse();
        assertThat(outcome().isInvalid()).isTrue();
        assertThat(outcome().getErrorMessage()).isEqualTo("此项为必填项");
        assertThat(comment().isInvalid()).isFalse();

        outcome().setValue(Outcome.RETURN.value());
        comment().setValue("请补充第三部分的责任单位。");

        assertThat(form.validateAndShow()).isTrue();
        assertThat(outcome().isInvalid()).isFalse();
        assertThat(form.values()).containsExactly(Map.entry(TaskKinds.VAR_OUTCOME, Outcome.RETURN.value()),
                Map.entry(PlanFields.COMMENT, "请补充第三部分的责任单位。"));
    }

    @Test
    void problems_are_worded_in_the_users_language() {
        UI.getCurrent().setLocale(UserLocale.ENGLISH);
        RenderedForm form = show(FormDefinitionTest.load("give-opinion"), Map.of(TaskKinds.VAR_OUTCOME, Outcome.OPINIONS.value(),
                ConsultationFields.SECTION, "abc"));

        assertThat(form.validateAndShow()).isFalse();

        TextField section = _get(TextField.class, spec -> spec.withId("form-section"));
        assertThat(section.getErrorMessage()).isEqualTo("The format is not right; see the hint below the field");
        assertThat(section.getMaxLength()).isEqualTo(20);
        assertThat(outcome().isInvalid()).isFalse();
    }

    @Test
    void a_server_side_refusal_is_shown_beside_its_field_or_above_the_form_end() {
        RenderedForm form = show(FormDefinitionTest.load("dept-review"), Map.of(TaskKinds.VAR_OUTCOME, Outcome.RETURN.value()));

        form.showError(PlanFields.COMMENT, "退回修改须填写审核意见");
        form.showError("planId", "方案已被撤回");

        assertThat(comment().isInvalid()).isTrue();
        assertThat(comment().getErrorMessage()).isEqualTo("退回修改须填写审核意见");
        Div formError = _get(Div.class, spec -> spec.withId("form-error"));
        assertThat(formError.isVisible()).isTrue();
        assertThat(formError.getText()).isEqualTo("方案已被撤回");

        comment().setValue("补充说明");
        assertThat(form.validateAndShow()).isTrue();
        assertThat(comment().isInvalid()).isFalse();
        assertThat(formError.isVisible()).isFalse();
    }

    @Test
    void every_field_type_renders_and_values_come_back_typed() {
        FormDefinition definition = FormDefinition.parse("""
                {"id": "all", "components": [
                  {"type": "text", "text": "# 进度\\n截至 {{period}}，请填写[进度](https://example.org)。{{unknown}}"},
                  {"type": "number", "key": "percent", "label": "完成比例", "validate": {"min": 0, "max": 100}},
                  {"type": "number", "key": "amount", "label": "资金（万元）"},
                  {"type": "datetime", "subtype": "date", "key": "due", "dateLabel": "完成日期"},
                  {"type": "checkbox", "key": "done", "label": "已完成", "defaultValue": false},
                  {"type": "select", "key": "unit", "label": "责任单位", "defaultValue": "czj",
                   "values": [{"label": "发展改革委", "value": "fgw"}, {"label": "财政局", "value": "czj"}]},
                  {"type": "textfield", "key": "note", "label": "备注", "readonly": true}
                ]}""");
        RenderedForm form = show(definition, Map.of("period", "2026年第一季度", "percent", 40, "note", "只读"));

        assertThat(_get(Paragraph.class).getText()).isEqualTo("进度\n截至 2026年第一季度，请填写进度。{{unknown}}");
        assertThat(_get(BigDecimalField.class, spec -> spec.withId("form-percent")).getValue()).isEqualByComparingTo("40");
        @SuppressWarnings("unchecked")
        Select<String> unit = _get(Select.class, spec -> spec.withId("form-unit"));
        assertThat(unit.getValue()).as("the default value").isEqualTo("czj");
        assertThat(_get(TextField.class, spec -> spec.withId("form-note")).isReadOnly()).isTrue();
        assertThat(form.field("due")).containsInstanceOf(DatePicker.class);
        assertThat(form.field("nothing")).isEmpty();

        _get(BigDecimalField.class, spec -> spec.withId("form-amount")).setValue(new BigDecimal("12.5"));
        _get(DatePicker.class, spec -> spec.withId("form-due")).setValue(LocalDate.of(2026, 3, 31));
        _get(Checkbox.class, spec -> spec.withId("form-done")).setValue(true);

        assertThat(form.validateAndShow()).isTrue();
        assertThat(form.values()).containsExactly(
                Map.entry("percent", 40L),
                Map.entry("amount", new BigDecimal("12.5")),
                Map.entry("due", "2026-03-31"),
                Map.entry("done", true),
                Map.entry("unit", "czj"),
                Map.entry("note", "只读"));

        _get(BigDecimalField.class, spec -> spec.withId("form-percent")).setValue(new BigDecimal("120"));
        assertThat(form.validateAndShow()).isFalse();
        assertThat(_get(BigDecimalField.class, spec -> spec.withId("form-percent")).getErrorMessage()).isEqualTo("不能大于100");
    }

    private static RenderedForm show(FormDefinition definition, Map<String, Object> initialValues) {
        RenderedForm form = new RenderedForm(definition, initialValues);
        UI.getCurrent().add(form);
        return form;
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<String> outcome() {
        return _get(RadioButtonGroup.class, spec -> spec.withId("form-outcome"));
    }

    private static TextArea comment() {
        return _get(TextArea.class, spec -> spec.withId("form-comment"));
    }
}
