package org.planflow.deadline;

import org.planflow.shared.TaskKind;

/**
 * The deadline new tasks of a kind get: {@code workingDays} after their creation (null: none). It is
 * the configured default ({@code configuredWorkingDays}) unless ADMIN {@code changed} it.
 * {@code setByProcess}: a BPMN file computes these tasks' due date itself, which then wins.
 */
public record TaskDeadline(TaskKind kind, Integer workingDays, Integer configuredWorkingDays, boolean changed,
                           boolean setByProcess) {
}
