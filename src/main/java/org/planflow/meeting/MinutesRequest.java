package org.planflow.meeting;

import java.util.List;

/** The minutes (会议纪要) of a meeting: its text and the decisions (议定事项) in order. */
public record MinutesRequest(String text, List<String> decisions) {

    public MinutesRequest {
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
    }
}
