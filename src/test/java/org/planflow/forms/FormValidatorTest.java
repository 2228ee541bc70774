package org.planflow.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.planflow.consultation.ConsultationFields.SECTION;
import static org.planflow.consultation.ConsultationFields.TEXT;
import static org.planflow.inbox.TaskKinds.VAR_OUTCOME;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.planflow.forms.FieldProblem.Problem;
import org.planflow.plan.PlanFields;
import org.planflow.shared.CodedRefusal;
import org.planflow.shared.InvalidInputException;
import org.planflow.shared.Outcome;

class FormValidatorTest {

    private static final FormDefinition DEPT_REVIEW = FormDefinitionTest.load("dept-review");
    private static final FormDefinition GIVE_OPINION = FormDefinitionTest.load("give-opinion");
    private static final FormDefinition ALL = FormDefinition.parse("""
            {"id": "all", "components": [
              {"type": "number", "key": "count", "validate": {"min": 1, "max": 100}},
              {"type": "datetime", "subtype": "date", "key": "due"},
              {"type": "checkbox", "key": "read"},
              {"type": "checkbox", "key": "agreed", "validate": {"required": true}},
              {"type": "select", "key": "unit", "values": [{"label": "发展改革委", "value": "fgw"}, {"label": "财政局", "value": "czj"}]},
              {"type": "textfield", "key": "code", "validate": {"minLength": 3, "pattern": "^[A-Z]+$"}}
            ]}""");

    @Test
    void a_missing_required_value_is_refused_naming_the_field() {
        assertThatThrownBy(() -> FormValidator.validate(DEPT_REVIEW, Map.of(PlanFields.COMMENT, "好")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(VAR_OUTCOME);
                    assertThat(e.getMessage()).isEqualTo("outcome: This field is required");
                });
        assertThat(FormValidator.problems(DEPT_REVIEW, Map.of(VAR_OUTCOME, "  ")))
                .containsExactly(new FieldProblem(VAR_OUTCOME, Problem.REQUIRED, List.of()));
    }

    @Test
    void an_outcome_must_be_one_of_the_options() {
        assertThatThrownBy(() -> FormValidator.validate(DEPT_REVIEW, Map.of(VAR_OUTCOME, "maybe")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(VAR_OUTCOME);
                    assertThat(((CodedRefusal) e).values()).containsExactly("maybe", Outcome.PASS.value() + ", " + Outcome.RETURN.value());
                });
        assertThat(FormValidator.problems(ALL, Map.of("unit", "town-1", "agreed", true)))
                .containsExactly(new FieldProblem("unit", Problem.NOT_AN_OPTION, List.of("town-1", "fgw, czj")));
    }

    @Test
    void valid_values_come_back_cleaned_with_unknown_keys_kept() {
        Map<String, Object> values = new HashMap<>();
        values.put(VAR_OUTCOME, " " + Outcome.RETURN.value() + " ");
        values.put("planId", 42L);

        Map<String, Object> cleaned = FormValidator.validate(DEPT_REVIEW, values);

        assertThat(cleaned).containsEntry(VAR_OUTCOME, Outcome.RETURN.value())
                .containsEntry(PlanFields.COMMENT, null)
                .containsEntry("planId", 42L)
                .hasSize(3);
    }

    @Test
    void the_first_failing_field_in_form_order_is_the_one_reported() {
        assertThatThrownBy(() -> FormValidator.validate(GIVE_OPINION,
                Map.of(VAR_OUTCOME, Outcome.OPINIONS.value(), SECTION, "abc", TEXT, "x".repeat(4001))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(SECTION));
        assertThat(FormValidator.problems(GIVE_OPINION, Map.of(SECTION, "abc", TEXT, "x".repeat(4001))))
                .extracting(FieldProblem::key, FieldProblem::code)
                .containsExactly(
                        tuple(VAR_OUTCOME, Problem.REQUIRED),
                        tuple(SECTION, Problem.PATTERN),
                        tuple(TEXT, Problem.TOO_LONG));
    }

    @Test
    void a_section_is_written_with_chinese_numerals_parentheses_or_digits() {
        for (String section : List.of("三", "（二）", "第三章", "3.2", "(十一)", "附件1")) {
            assertThat(FormValidator.problems(GIVE_OPINION, Map.of(VAR_OUTCOME, Outcome.OPINIONS.value(), SECTION, section)))
                    .as(section).isEmpty();
        }
        assertThat(FormValidator.validate(GIVE_OPINION, Map.of(VAR_OUTCOME, Outcome.OPINIONS.value(), SECTION, " 三 ")))
                .containsEntry(SECTION, "三");
        assertThatThrownBy(() -> FormValidator.validate(GIVE_OPINION, Map.of(VAR_OUTCOME, Outcome.OPINIONS.value(), SECTION, "总体<script>")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(SECTION);
                    assertThat(((CodedRefusal) e).values()).element(1).asString().startsWith("^[");
                });
        assertThat(FormValidator.problems(GIVE_OPINION, Map.of(VAR_OUTCOME, Outcome.NO_OPINION.value(), SECTION, "")))
                .as("no section means a general opinion").isEmpty();
    }

    @Test
    void lengths_count_characters_of_the_trimmed_text() {
        String twentyOne = "一二三四五六七八九十一二三四五六七八九十一";
        assertThat(FormValidator.problems(GIVE_OPINION, Map.of(VAR_OUTCOME, Outcome.OPINIONS.value(), SECTION, twentyOne)))
                .containsExactly(new FieldProblem(SECTION, Problem.TOO_LONG, List.of("20", "21")));
        assertThat(FormValidator.problems(GIVE_OPINION,
                Map.of(VAR_OUTCOME, Outcome.OPINIONS.value(), TEXT, "  " + "意".repeat(4000) + "\n")))
                .isEmpty();
        assertThat(FormValidator.problems(ALL, Map.of("code", " AB ", "agreed", true)))
                .containsExactly(new FieldProblem("code", Problem.TOO_SHORT, List.of("3", "2")));
        assertThatThrownBy(() -> FormValidator.validate(DEPT_REVIEW,
                Map.of(VAR_OUTCOME, Outcome.RETURN.value(), PlanFields.COMMENT, "改".repeat(2001))))
                .hasMessage("comment: At most 2000 characters, not 2001");
    }

    @Test
    void a_text_area_keeps_its_layout() {
        String indented = "\u3000\u3000建议增加考核细则。\n";
        assertThat(FormValidator.validate(DEPT_REVIEW, Map.of(VAR_OUTCOME, Outcome.RETURN.value(), PlanFields.COMMENT, indented)))
                .containsEntry(PlanFields.COMMENT, indented);
    }

    @Test
    void numbers_are_typed_and_kept_within_their_range() {
        assertThat(FormValidator.validate(ALL, Map.of("count", "12", "agreed", true))).containsEntry("count", 12L);
        assertThat(FormValidator.validate(ALL, Map.of("count", 12, "agreed", true))).containsEntry("count", 12L);
        assertThat(FormValidator.validate(ALL, Map.of("count", 12.0, "agreed", true))).containsEntry("count", 12L);
        assertThat(FormValidator.validate(ALL, Map.of("count", "2.5", "agreed", true))).containsEntry("count", new BigDecimal("2.5"));
        assertThat(FormValidator.validate(ALL, Map.of("agreed", true))).containsEntry("count", null);

        assertThat(FormValidator.problems(ALL, Map.of("count", "0", "agreed", true)))
                .containsExactly(new FieldProblem("count", Problem.TOO_SMALL, List.of("1", "0")));
        assertThat(FormValidator.problems(ALL, Map.of("count", 100.5, "agreed", true)))
                .containsExactly(new FieldProblem("count", Problem.TOO_LARGE, List.of("100", "100.5")));
        assertThatThrownBy(() -> FormValidator.validate(ALL, Map.of("count", "十二", "agreed", true)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("count");
                    assertThat(e.getMessage()).isEqualTo("count: Enter a number");
                    assertThat(((CodedRefusal) e).values()).containsExactly("十二");
                });
        assertThat(FormValidator.problems(ALL, Map.of("count", Double.NaN, "agreed", true)))
                .extracting(FieldProblem::code).containsExactly(Problem.NOT_A_NUMBER);
    }

    @Test
    void dates_are_iso_strings() {
        assertThat(FormValidator.validate(ALL, Map.of("due", "2026-02-13", "agreed", true))).containsEntry("due", "2026-02-13");
        assertThat(FormValidator.validate(ALL, Map.of("due", LocalDate.of(2026, 2, 13), "agreed", true))).containsEntry("due", "2026-02-13");
        assertThatThrownBy(() -> FormValidator.validate(ALL, Map.of("due", "2026-02-30", "agreed", true)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("due");
                    assertThat(e.getMessage()).isEqualTo("due: Enter a valid date (year-month-day)");
                    assertThat(((CodedRefusal) e).values()).containsExactly("2026-02-30");
                });
        assertThat(FormValidator.problems(ALL, Map.of("due", "2026/2/13", "agreed", true)))
                .containsExactly(new FieldProblem("due", Problem.NOT_A_DATE, List.of("2026/2/13")));
    }

    @Test
    void checkboxes_are_booleans_and_a_required_one_must_be_ticked() {
        Map<String, Object> cleaned = FormValidator.validate(ALL, Map.of("read", "true", "agreed", Boolean.TRUE));
        assertThat(cleaned).containsEntry("read", true).containsEntry("agreed", true);
        assertThat(FormValidator.validate(ALL, Map.of("agreed", "TRUE"))).as("an absent checkbox is unticked").containsEntry("read", false);

        assertThatThrownBy(() -> FormValidator.validate(ALL, Map.of("agreed", false)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("agreed");
                    assertThat(e.getMessage()).isEqualTo("agreed: This field is required");
                });
        assertThat(FormValidator.problems(ALL, Map.of("read", "yes", "agreed", true)))
                .containsExactly(new FieldProblem("read", Problem.NOT_AN_OPTION, List.of("yes", "true, false")));
    }
}
