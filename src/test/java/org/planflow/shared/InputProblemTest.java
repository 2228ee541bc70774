package org.planflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.planflow.inbox.TaskProblem;
import org.planflow.supervision.SupervisionProblem;

/** A problem's English wording is its English bundle entry, and a constant marked {@link Conflict} is refused with 409. */
class InputProblemTest {

    /** Not on the main class path, so no bundle words it. */
    enum Unworded implements InputProblem {
        PLAIN,
        @Conflict CLASH;

        @Override
        public String bundle() {
            return "unworded.problem";
        }
    }

    @Test
    void the_english_wording_is_the_english_bundle_entry_with_the_values_filled_in() {
        assertThat(PagingProblem.SIZE_INVALID.pattern()).isEqualTo("The page size must be a whole number from 1 to {0}, not \"{1}\"");
        assertThat(PagingProblem.SIZE_INVALID.english(List.of("200", "500")))
                .isEqualTo("The page size must be a whole number from 1 to 200, not \"500\"");
    }

    @Test
    void a_wording_without_values_reads_as_the_views_show_it() {
        assertThat(SupervisionProblem.MEETING_DATE_REQUIRED.english(List.of())).isEqualTo("Give the meeting's date, not later than today");
    }

    @Test
    void a_problem_without_english_wording_fails_naming_its_key() {
        assertThatThrownBy(Unworded.PLAIN::pattern).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unworded.problem.PLAIN").hasMessageContaining("translations_en.properties");
    }

    @Test
    void only_a_constant_marked_conflict_is_a_conflict() {
        assertThat(Unworded.PLAIN.conflict()).isFalse();
        assertThat(Unworded.CLASH.conflict()).isTrue();
        assertThat(PagingProblem.PAGE_INVALID.at("page", "-1")).isInstanceOf(CodedInputException.class)
                .hasMessage("page: The page must be a whole number, 0 or more, not \"-1\"");
        assertThat(TaskProblem.HELD.of("42", "王科员")).isInstanceOf(CodedConflictException.class)
                .hasMessage("This task is being handled by 王科员");
    }
}
