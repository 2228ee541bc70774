package org.planflow.assessment;

import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.planflow.ui.Wording;

/**
 * Every status and submission state the assessment's pages word from the bundles has Chinese and English wording
 * (its refusals: ui.ProblemTranslationsTest, for every problem enum).
 */
class AssessmentPageWordingTest {

    static Stream<String> keys() {
        return Stream.concat(Arrays.stream(AssessmentStatus.values()).map(status -> "assessment.page.status." + status.name()),
                Arrays.stream(UnitSubmission.State.values()).map(state -> "assessment.page.submission." + state.name()));
    }

    @ParameterizedTest
    @MethodSource("keys")
    void every_status_and_state_is_worded_in_chinese_and_english(String key) {
        Wording.assertWordedInBothLanguages(key);
    }
}
