package org.planflow.inbox.api;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.planflow.inbox.InboxEntry;
import org.planflow.inbox.InboxPage;
import org.planflow.inbox.InboxService;
import org.planflow.inbox.TaskCompletionService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tasks")
@Tag(name = "Inbox", description = "The caller's open tasks across all processes")
class TaskController {

    private final InboxService inbox;
    private final TaskCompletionService completion;

    TaskController(InboxService inbox, TaskCompletionService completion) {
        this.inbox = inbox;
        this.completion = completion;
    }

    @GetMapping
    @Operation(summary = "The caller's inbox, newest first: assigned to the caller or offered to the caller's unit and role groups")
    InboxPage tasks(@Parameter(description = "only tasks of this kind, e.g. ACKNOWLEDGE") @RequestParam(required = false) String kind,
                    @RequestParam(defaultValue = "0") int page,
                    @RequestParam(defaultValue = "20") int size) {
        return inbox.page(kind, page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One open task of the caller's inbox")
    InboxEntry task(@PathVariable String id) {
        return inbox.task(id);
    }

    @PostMapping("/{id}/claim")
    @Operation(summary = "Claim a task offered to the caller's unit; 409 if someone else holds it")
    InboxEntry claim(@PathVariable String id) {
        return inbox.claim(id);
    }

    @PostMapping("/{id}/complete")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Complete a task with its kind's fields, e.g. {\"outcome\":\"pass\"} for DEPT_REVIEW",
            description = "Kinds and bodies: DRAFT {outcome: submit, consultUnits: [unit codes], consultWorkingDays, approvers: [usernames]};"
                    + " DEPT_REVIEW {outcome: pass|return, comment}; GIVE_OPINION {outcome: opinions, opinions: [{section, text}]}"
                    + " or {outcome: no_opinion}; CONSOLIDATE {outcome: submit, answers: [{opinionId, decision: ADOPTED|PARTIAL|REJECTED,"
                    + " reason}]}; LEADER_APPROVAL {outcome: approve|return, comment}. 400 names the bad field, 403 when the task"
                    + " is another unit's or user's, 409 when it was completed already or someone else holds it.")
    void complete(@PathVariable String id, @RequestBody Map<String, Object> fields) {
        completion.complete(id, fields);
    }

    @PostMapping("/{id}/release")
    @Operation(summary = "Give a claimed task back to the unit")
    InboxEntry release(@PathVariable String id) {
        return inbox.release(id);
    }
}
