package org.planflow.supervision;

import java.time.LocalDate;
import java.util.List;

import org.planflow.plan.UnitRef;

/** The joint meeting (成员单位联席会议) held on a review's period: its date, the attending units and its decisions. */
public record JointMeeting(long reviewId, LocalDate date, List<UnitRef> attendees, List<Decision> decisions,
                           String recordedBy) {

    public JointMeeting {
        attendees = List.copyOf(attendees);
        decisions = List.copyOf(decisions);
    }

    /** One decision (议定事项), numbered from 1; {@code itemId} once it became a supervised item. */
    public record Decision(int position, String text, Long itemId) {
    }
}
