package org.planflow.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.planflow.shared.Cadence;

/** The rhythm reader on the seeds' own sentences, and on the other kinds and cadences a plan may state. */
class MeetingRhythmReaderTest {

    @Test
    void seed_000_holds_a_joint_meeting_every_quarter() throws IOException {
        assertThat(MeetingRhythmReader.read(seed("000"))).containsExactly(entry(MeetingKind.JOINT, Cadence.QUARTERLY));
    }

    @Test
    void seed_002_holds_a_joint_meeting_every_half_year() throws IOException {
        assertThat(MeetingRhythmReader.read(seed("002"))).containsExactly(entry(MeetingKind.JOINT, Cadence.HALF_YEARLY));
    }

    @Test
    void seed_004_holds_its_committees_plenary_meeting_at_least_once_a_year() throws IOException {
        assertThat(MeetingRhythmReader.read(seed("004"))).containsExactly(entry(MeetingKind.PLENARY, Cadence.YEARLY));
    }

    @Test
    void seeds_001_and_003_state_no_rhythm() throws IOException {
        assertThat(MeetingRhythmReader.read(seed("001"))).isEmpty();
        assertThat(MeetingRhythmReader.read(seed("003"))).isEmpty();
    }

    @Test
    void a_plan_may_state_several_kinds_each_at_its_own_rhythm_and_the_first_mention_wins() {
        assertThat(MeetingRhythmReader.read("领导小组每年召开一次全体会议，部署年度工作。办公室每月召开一次联络员会议；"
                + "每季度召开1次成员单位联席会议。联络员会议每半年召开一次的安排另行通知。"))
                .containsExactly(entry(MeetingKind.PLENARY, Cadence.YEARLY), entry(MeetingKind.LIAISON, Cadence.MONTHLY),
                        entry(MeetingKind.JOINT, Cadence.QUARTERLY));
    }

    @Test
    void a_cadence_naming_no_meeting_in_its_clause_takes_the_kind_of_its_sentence() {
        assertThat(MeetingRhythmReader.read("建立联络员会议制度，原则上每半年召开一次，通报工作进展。"))
                .containsExactly(entry(MeetingKind.LIAISON, Cadence.HALF_YEARLY));
    }

    /** The text of the seed whose file name starts with the number (seeds/000_….txt). */
    private static String seed(String number) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            Path file = files.filter(path -> path.getFileName().toString().startsWith(number + "_")).findFirst().orElseThrow();
            return Files.readString(file, StandardCharsets.UTF_8);
        }
    }
}
