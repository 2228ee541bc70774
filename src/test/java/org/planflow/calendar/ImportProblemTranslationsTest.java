package org.planflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.planflow.calendar.CalendarImportException.Problem;
import org.planflow.ui.Translations;

class ImportProblemTranslationsTest {

    private final Translations translations = new Translations();

    @ParameterizedTest
    @EnumSource(Problem.class)
    void every_import_problem_is_worded_in_chinese_and_english(Problem problem) {
        String key = "calendar.import.problem." + problem.name();

        assertThat(translations.getTranslation(key, Locale.SIMPLIFIED_CHINESE, "2027-03-03", "2")).doesNotStartWith("!");
        assertThat(translations.getTranslation(key, Locale.ENGLISH, "2027-03-03", "2")).doesNotStartWith("!");
    }
}
