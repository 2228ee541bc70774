package org.planflow.assessment;

import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.planflow.ui.Wording;

/** Every status and refusal the assessment's pages word from the bundles has Chinese and English wording. */
class AssessmentPageWordingTest {

    static Stream<String> keys() {
        return Stream.of(
                Arrays.stream(AssessmentStatus.values()).map(status -> "assessment.page.status." + status.name()),
                Arrays.stream(UnitSubmission.State.values()).map(state -> "assessment.page.submission." + state.name()),
                Arrays.stream(AssessmentProblem.values()).map(problem -> "assessment.problem." + problem.name()))
                .flatMap(keys -> keys);
    }

    @ParameterizedTest
    @MethodSource("keys")
    void every_status_state_and_refusal_is_worded_in_chinese_and_english(String key) {
        Wording.assertWordedInBothLanguages(key);
    }
}
