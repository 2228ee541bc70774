package org.planflow.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.planflow.forms.FieldProblem.Problem;
import org.planflow.ui.Translations;

class FormProblemTranslationsTest {

    private final Translations translations = new Translations();

    @ParameterizedTest
    @EnumSource(Problem.class)
    void every_field_problem_is_worded_in_chinese_and_english(Problem problem) {
        String key = "forms.problem." + problem.name();

        assertThat(translations.getTranslation(key, Locale.SIMPLIFIED_CHINESE, "20", "21")).doesNotStartWith("!");
        assertThat(translations.getTranslation(key, Locale.ENGLISH, "20", "21")).doesNotStartWith("!");
    }
}
