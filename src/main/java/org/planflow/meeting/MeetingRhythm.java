package org.planflow.meeting;

import java.time.LocalDate;
import java.util.List;

/**
 * The meetings a plan holds and how often ({@code beats}: kind JOINT|PLENARY|LIAISON, cadence QUARTERLY|HALF_YEARLY|
 * YEARLY|MONTHLY), kept since {@code since} (the plan's issuance, or the day the office first set it), and for each beat
 * every period from then to the current one: whether its meeting was held. A PUT reads only the beats.
 */
public record MeetingRhythm(List<Beat> beats, LocalDate since, List<DuePeriod> periods) {

    public MeetingRhythm {
        beats = beats == null ? List.of() : List.copyOf(beats);
        periods = periods == null ? List.of() : List.copyOf(periods);
    }

    /** One kind of meeting and how often it is due. */
    public record Beat(String kind, String cadence) {
    }

    /**
     * One period of a beat (2027-H1) from its first to its last day: the meeting held in it, if any (the first by date),
     * and whether it is missing (the period is over and none was held).
     */
    public record DuePeriod(String kind, String period, LocalDate start, LocalDate end, Long meetingId, LocalDate heldOn,
                            boolean missing) {
    }
}
