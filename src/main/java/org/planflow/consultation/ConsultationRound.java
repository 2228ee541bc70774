package org.planflow.consultation;

import java.time.Instant;
import java.util.List;

/** One consultation of a plan: the units asked and their deadline. */
public record ConsultationRound(long planId, int round, List<String> units, Instant started, Instant deadline) {
}
