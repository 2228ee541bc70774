package org.planflow.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.planflow.inbox.TaskKinds.VAR_OUTCOME;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.planflow.consultation.ConsultationFields;
import org.planflow.forms.FormField.Type;
import org.planflow.plan.PlanFields;
import org.planflow.shared.Outcome;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class FormDefinitionTest {

    @Test
    void dept_review_asks_pass_or_return_with_an_optional_comment() {
        FormDefinition form = load("dept-review");

        assertThat(form.id()).isEqualTo("dept-review");
        assertThat(form.fields()).extracting(FormField::type).containsExactly(Type.TEXT, Type.RADIO, Type.TEXTAREA);
        assertThat(form.fields().get(0).text()).contains("退回修改").contains("审核意见");
        FormField outcome = form.field(VAR_OUTCOME).orElseThrow();
        assertThat(outcome.label()).isEqualTo("审核结论");
        assertThat(outcome.required()).isTrue();
        assertThat(outcome.options())
                .containsExactly(new FormOption("通过", Outcome.PASS.value()), new FormOption("退回修改", Outcome.RETURN.value()));
        FormField comment = form.field(PlanFields.COMMENT).orElseThrow();
        assertThat(comment.label()).isEqualTo("审核意见");
        assertThat(comment.required()).isFalse();
        assertThat(comment.maxLength()).isEqualTo(2000);
        assertThat(form.inputs()).extracting(FormField::key).containsExactly(VAR_OUTCOME, PlanFields.COMMENT);
    }

    @Test
    void give_opinion_asks_for_opinions_or_none_with_section_and_text() {
        FormDefinition form = load("give-opinion");

        assertThat(form.id()).isEqualTo("give-opinion");
        assertThat(form.inputs()).extracting(FormField::key)
                .containsExactly(VAR_OUTCOME, ConsultationFields.SECTION, ConsultationFields.TEXT);
        assertThat(form.field(VAR_OUTCOME).orElseThrow().options())
                .containsExactly(new FormOption("提出意见", Outcome.OPINIONS.value()), new FormOption("无意见", Outcome.NO_OPINION.value()));
        FormField section = form.field(ConsultationFields.SECTION).orElseThrow();
        assertThat(section.type()).isEqualTo(Type.TEXTFIELD);
        assertThat(section.label()).isEqualTo("针对章节");
        assertThat(section.description()).contains("总体意见");
        assertThat(section.maxLength()).isEqualTo(20);
        assertThat(section.pattern()).isNotNull();
        FormField text = form.field(ConsultationFields.TEXT).orElseThrow();
        assertThat(text.type()).isEqualTo(Type.TEXTAREA);
        assertThat(text.label()).isEqualTo("意见内容");
        assertThat(text.maxLength()).isEqualTo(4000);
    }

    @Test
    void leader_approval_asks_approve_or_return_with_an_instruction() {
        FormDefinition form = load("leader-approval");

        assertThat(form.id()).isEqualTo("leader-approval");
        assertThat(form.inputs()).extracting(FormField::key).containsExactly(VAR_OUTCOME, PlanFields.COMMENT);
        assertThat(form.field(VAR_OUTCOME).orElseThrow().options())
                .containsExactly(new FormOption("同意", Outcome.APPROVE.value()), new FormOption("退回修改", Outcome.RETURN.value()));
        assertThat(form.field(VAR_OUTCOME).orElseThrow().required()).isTrue();
        assertThat(form.field(PlanFields.COMMENT).orElseThrow().label()).isEqualTo("批示意见");
        assertThat(form.field(PlanFields.COMMENT).orElseThrow().maxLength()).isEqualTo(2000);
    }

    @Test
    void every_form_in_the_forms_folder_is_one_planflow_can_render() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form");

        assertThat(files).extracting(Resource::getFilename)
                .contains("dept-review.form", "give-opinion.form", "leader-approval.form");
        for (Resource file : files) {
            try (InputStream json = file.getInputStream()) {
                assertThat(FormDefinition.parse(json).id()).as(file.getFilename())
                        .isEqualTo(file.getFilename().replaceFirst("\\.form$", ""));
            }
        }
    }

    @Test
    void every_rule_and_property_is_read() {
        FormDefinition form = FormDefinition.parse("""
                {"id": "all", "type": "default", "schemaVersion": 16, "components": [
                  {"id": "Field_n", "type": "number", "key": "n", "label": "件数", "defaultValue": 3, "readonly": true,
                   "validate": {"required": true, "min": 1, "max": 99.5}},
                  {"id": "Field_d", "type": "datetime", "subtype": "date", "key": "d", "dateLabel": "完成日期"},
                  {"id": "Field_s", "type": "select", "key": "s", "label": "单位", "defaultValue": "a",
                   "values": [{"label": "甲", "value": "a"}, {"value": "b"}]},
                  {"id": "Field_c", "type": "checkbox", "key": "c", "label": "已阅", "defaultValue": true},
                  {"id": "Field_t", "type": "textfield", "key": "t", "description": "说明", "disabled": true,
                   "validate": {"minLength": 2, "maxLength": 5, "pattern": "^[a-z]+$"}}
                ]}""");

        FormField number = form.field("n").orElseThrow();
        assertThat(number.type()).isEqualTo(Type.NUMBER);
        assertThat(number.min()).isEqualByComparingTo("1");
        assertThat(number.max()).isEqualByComparingTo("99.5");
        assertThat(number.defaultValue()).isEqualTo(new BigDecimal("3"));
        assertThat(number.readonly()).isTrue();
        assertThat(form.field("d").orElseThrow().label()).as("a date's label is its dateLabel").isEqualTo("完成日期");
        assertThat(form.field("s").orElseThrow().options()).containsExactly(new FormOption("甲", "a"), new FormOption("b", "b"));
        assertThat(form.field("s").orElseThrow().defaultValue()).isEqualTo("a");
        assertThat(form.field("c").orElseThrow().defaultValue()).isEqualTo(true);
        FormField text = form.field("t").orElseThrow();
        assertThat(text.label()).isNull();
        assertThat(text.description()).isEqualTo("说明");
        assertThat(text.readonly()).as("disabled is shown read-only").isTrue();
        assertThat(text.minLength()).isEqualTo(2);
        assertThat(text.maxLength()).isEqualTo(5);
        assertThat(text.pattern()).isEqualTo("^[a-z]+$");
    }

    @Test
    void an_unknown_component_type_fails_naming_the_type() {
        assertThatThrownBy(() -> FormDefinition.parse("""
                {"id": "f", "components": [{"id": "Field_list", "type": "dynamiclist", "key": "items"}]}"""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'dynamiclist'")
                .hasMessageContaining("Field_list")
                .hasMessageContaining("Form 'f'");
    }

    @Test
    void forms_that_would_be_checked_differently_than_in_tasklist_are_refused() {
        assertRefused("""
                {"id": "f", "components": [{"type": "textfield"}]}""", "needs a key");
        assertRefused("""
                {"id": "f", "components": [{"type": "textfield", "key": "a"}, {"type": "textarea", "key": "a"}]}""", "used twice");
        assertRefused("""
                {"id": "f", "components": [{"type": "select", "key": "a", "valuesKey": "units"}]}""", "must list its values");
        assertRefused("""
                {"id": "f", "components": [{"type": "datetime", "key": "a", "subtype": "datetime"}]}""", "subtype 'datetime'");
        assertRefused("""
                {"id": "f", "components": [{"type": "textfield", "key": "a", "validate": {"pattern": "(["}}]}""", "regular expression");
        assertRefused("""
                {"id": "f", "components": [{"type": "textfield", "key": "a", "validate": {"validationType": "email"}}]}""", "email");
        assertRefused("""
                {"id": "f", "components": [{"type": "textfield", "key": "a", "conditional": {"hide": "=b"}}]}""", "conditional");
        assertRefused("""
                {"id": "f", "components": [{"type": "textfield", "key": "a", "readonly": "=b"}]}""", "readonly");
        assertRefused("""
                {"components": []}""", "no id");
        assertRefused("{\"id\": ", "not valid JSON");
    }

    private static void assertRefused(String json, String reason) {
        assertThatThrownBy(() -> FormDefinition.parse(json)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(reason);
    }

    static FormDefinition load(String id) {
        try (InputStream json = FormDefinitionTest.class.getResourceAsStream("/forms/" + id + ".form")) {
            assertThat(json).as("forms/%s.form on the classpath", id).isNotNull();
            return FormDefinition.parse(json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
