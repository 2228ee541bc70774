package org.planflow.inbox.api;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.planflow.inbox.InboxEntry;
import org.planflow.inbox.InboxService;
import org.planflow.inbox.TaskCompletionService;
import org.planflow.shared.FieldValueProblem;
import org.planflow.shared.PageOf;
import org.planflow.shared.PageRequest;
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
    @Operation(summary = "The caller's inbox (待办): assigned to the caller or offered to the caller's unit and role groups; "
            + "acknowledgements first, then newest first. With scope=done the caller's done list (已办) instead")
    PageOf<?> tasks(@Parameter(description = "only tasks of this kind, e.g. ACKNOWLEDGE") @RequestParam(required = false) String kind,
                 @Parameter(description = "open (待办, the default) or done (已办: tasks the caller completed, newest first, "
                         + "with their outcome)") @RequestParam(defaultValue = "open") String scope,
                 PageRequest page) {
        return switch (scope) {
            case "open" -> inbox.page(kind, page);
            case "done" -> inbox.done(page);
            default -> throw FieldValueProblem.notOneOf("scope", scope, "open, done");
        };
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
            description = "Kinds and bodies: DRAFT {outcome: submit, consultUnits: [unit codes], consultWorkingDays, approvers: [usernames],"
                    + " stepWorkingDays: {DEPT_REVIEW|CONSOLIDATE|LEADER_APPROVAL|ISSUE: 1-60} (optional)};"
                    + " DEPT_REVIEW {outcome: pass|return, comment}; GIVE_OPINION {outcome: opinions, opinions: [{section, text}]}"
                    + " or {outcome: no_opinion}; CONSOLIDATE {outcome: submit, answers: [{opinionId, decision: ADOPTED|PARTIAL|REJECTED,"
                    + " reason}]}; LEADER_APPROVAL {outcome: approve|return, comment}; ISSUE {outcome: issue, prefix, form: 印发|转发,"
                    + " recipients: [unit codes or ALL_TOWNSHIPS|ALL_STREETS|ALL_DEPARTMENTS], ackWorkingDays, issueDate, addressees,"
                    + " noticeText, office (unit code seating the plan's office; blank removes it), subPlanUnits: [recipients (codes or"
                    + " groups) that must file their own plan (配套方案)], subPlanWorkingDays (1-60, default 20)}; ACKNOWLEDGE {outcome: acknowledge} or {outcome: refuse, reason}; REROUTE {outcome: reroute, unit}"
                    + " or {outcome: close, comment}; ASSIGN_LEAD_UNIT {outcome: assign, leadUnit}; ACCEPT_ASSIGNMENT {outcome: accept,"
                    + " measures, milestones: [{text, due}], responsible}; REPORT_PROGRESS {outcome: report, progress, percent,"
                    + " status: ON_TRACK|BEHIND|DONE, problems, nextSteps, targetValues: {name: number} for each of the item's"
                    + " targets}; REVIEW_REPORT {outcome: accept|return, comment};"
                    + " VERIFY_CLOSURE {outcome: close|reopen, comment}; REVIEW_EXTENSION {outcome: grant|refuse, comment};"
                    + " ANSWER_SUPERVISION_NOTICE {outcome: answer, text}; QUARTERLY_REPORT {outcome: submit, text, readWorkingDays"
                    + " (optional, 1-30)}; APPROVE_QUARTERLY_REPORT {outcome: approve|return, comment (required to return)};"
                    + " READ_NOTICE {outcome: read}; SELF_ASSESS {outcome: submit, scores: [{itemSeq, score, explanation,"
                    + " criteria (optional): [{index, score}]}]} (every indicator the unit leads; with criteria the score is their"
                    + " sum, at most the indicator's points; points claimed need evidence added first); SCORE_ASSESSMENT {outcome:"
                    + " submit, scores: [{itemSeq, score, reason, criteria (optional): [{index, score, reason}]}]} (indicators left"
                    + " out keep their self-score; a reason where a score differs from it); APPROVE_ASSESSMENT {outcome:"
                    + " approve|return, comment (required to return)}; SUBMIT_SUB_PLAN {outcome: submit, subPlanId (the unit's"
                    + " approved sub-plan of the task's plan)}; FILE_SUB_PLAN {outcome: file} or {outcome: return, comment}"
                    + " (a returned sub-plan goes back to its drafter). 400 names the bad field, 404 when the task"
                    + " is not in the caller's inbox (another unit's or user's), 409 when it was completed already or a colleague"
                    + " holds it.")
    void complete(@PathVariable String id, @RequestBody Map<String, Object> fields) {
        completion.complete(id, fields);
    }

    @PostMapping("/{id}/release")
    @Operation(summary = "Give a claimed task back to the unit")
    InboxEntry release(@PathVariable String id) {
        return inbox.release(id);
    }
}
