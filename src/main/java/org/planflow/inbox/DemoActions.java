package org.planflow.inbox;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.planflow.organization.OrganizationService;
import org.planflow.security.RunAs;
import org.planflow.shared.TaskKind;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * How the demo district's runners act: as a demo account, completing an open task from that account's
 * inbox exactly as the account would through the inbox, so every rule, record and process step applies.
 */
@Component
@Profile("demo")
public class DemoActions {

    private final InboxService inbox;
    private final TaskCompletionService completion;
    private final OrganizationService organization;

    DemoActions(InboxService inbox, TaskCompletionService completion, OrganizationService organization) {
        this.inbox = inbox;
        this.completion = completion;
        this.organization = organization;
    }

    /** Runs the action logged in as the demo account, with its roles. */
    public <T> T as(String username, Supplier<T> action) {
        return RunAs.user(username, organization.findUser(username).orElseThrow().roles(), action);
    }

    public boolean exists(String username) {
        return organization.findUser(username).isPresent();
    }

    public boolean hasTask(String username, long planId, TaskKind kind) {
        return as(username, () -> inbox.tasksOfPlan(planId).stream().anyMatch(entry -> kind.is(entry.kind())));
    }

    /** Completes the account's first open task of that kind on the plan. */
    public void complete(String username, long planId, TaskKind kind, Map<String, Object> fields) {
        complete(username, planId, kind, task -> true, fields);
    }

    /** Completes the account's open task of that kind on the plan that matches, e.g. the one of a unit. */
    public void complete(String username, long planId, TaskKind kind, Predicate<InboxEntry> which, Map<String, Object> fields) {
        as(username, () -> {
            InboxEntry task = inbox.tasksOfPlan(planId).stream().filter(entry -> kind.is(entry.kind())).filter(which)
                    .findFirst().orElseThrow(() -> new IllegalStateException(username + " has no " + kind + " on plan " + planId));
            completion.complete(task.id(), fields);
            return null;
        });
    }

    /**
     * Completes the account's open task of that kind in the process instance, if there is one; says whether. An item
     * carried by each unit of its group has no process of its own (null): nothing to complete there.
     */
    public boolean completeInProcess(String username, String processInstanceId, TaskKind kind, Map<String, Object> fields) {
        if (processInstanceId == null) {
            return false;
        }
        return as(username, () -> {
            List<InboxEntry> tasks = inbox.fetch(kind.name(), 0, InboxService.MAX_PAGE_SIZE).stream()
                    .filter(entry -> processInstanceId.equals(entry.processInstanceId())).toList();
            tasks.stream().findFirst().ifPresent(task -> completion.complete(task.id(), fields));
            return !tasks.isEmpty();
        });
    }
}
