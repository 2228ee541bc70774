package org.planflow.meeting;

import java.util.Arrays;
import java.util.Optional;

/** The meetings a leading group's office holds: 成员单位联席会议, 全体会议 and 联络员会议. */
public enum MeetingKind {
    JOINT("成员单位联席会议"), PLENARY("全体会议"), LIAISON("联络员会议");

    private final String label;

    MeetingKind(String label) {
        this.label = label;
    }

    /** The meeting's name as the notice and the minutes print it. */
    public String label() {
        return label;
    }

    public static Optional<MeetingKind> of(String value) {
        return Arrays.stream(values()).filter(kind -> kind.name().equals(value)).findFirst();
    }
}
