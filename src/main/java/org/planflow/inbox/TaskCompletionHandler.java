package org.planflow.inbox;

import java.util.Map;
import java.util.Set;

import org.planflow.shared.TaskKind;

/**
 * The business side of completing tasks of some kinds, contributed by the feature that owns them.
 * The inbox has already checked that the caller may complete the task and that its form's fields
 * are valid; the handler checks the rest, records the outcome in its own tables and the audit
 * trail, and returns the process variables the task completes with.
 */
public interface TaskCompletionHandler {

    Set<TaskKind> kinds();

    /**
     * @param fields the submitted fields, already typed by the task's form where it has one
     * @throws org.planflow.shared.InvalidInputException naming the field that breaks a rule
     */
    Map<String, Object> complete(InboxEntry task, String username, Map<String, Object> fields);
}
