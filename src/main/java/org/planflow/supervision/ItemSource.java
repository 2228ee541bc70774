package org.planflow.supervision;

import java.util.Arrays;
import java.util.Optional;

/** Where a supervised item comes from: a plan's breakdown table, a leader's instruction (领导批示) or a meeting (会议议定事项). */
public enum ItemSource {
    PLAN("任务分解表"), LEADER_INSTRUCTION("领导批示"), MEETING_DECISION("会议议定事项");

    private final String label;

    ItemSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts the Chinese name or the constant's name. */
    public static Optional<ItemSource> of(String value) {
        return Arrays.stream(values()).filter(source -> source.label.equals(value) || source.name().equals(value)).findFirst();
    }
}
