package org.planflow.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.planflow.plan.ImportWarning;
import org.planflow.ui.Translations;

class ImportWarningTranslationsTest {

    private final Translations translations = new Translations();

    @ParameterizedTest
    @EnumSource(ImportWarning.Code.class)
    void every_import_warning_is_worded_in_chinese_and_english(ImportWarning.Code code) {
        assertWorded("plan.warning." + code.name());
    }

    @ParameterizedTest
    @EnumSource(RowError.Problem.class)
    void every_row_problem_is_worded_in_chinese_and_english(RowError.Problem problem) {
        assertWorded("plan.excel.problem." + problem.name());
    }

    private void assertWorded(String key) {
        assertThat(translations.getTranslation(key, Locale.SIMPLIFIED_CHINESE, "3", "五分")).doesNotStartWith("!");
        assertThat(translations.getTranslation(key, Locale.ENGLISH, "3", "五分")).doesNotStartWith("!");
    }
}
