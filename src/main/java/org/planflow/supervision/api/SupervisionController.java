package org.planflow.supervision.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.planflow.shared.PageOf;
import org.planflow.shared.PageRequest;
import org.planflow.supervision.EscalationEvent;
import org.planflow.supervision.EscalationRule;
import org.planflow.supervision.EscalationService;
import org.planflow.supervision.OverdueItem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/supervision")
@Tag(name = "Supervision", description = "Overdue tasks, the escalation ladder and urge notices")
class SupervisionController {

    private final EscalationService escalation;

    SupervisionController(EscalationService escalation) {
        this.escalation = escalation;
    }

    @GetMapping("/overdue")
    @Operation(summary = "The open tasks past their due date, most overdue first, paged with their total: plan, kind, unit, "
            + "the assignee holding it (assignee, assigneeName), due, working days overdue, escalation level; of one unit "
            + "and one kind where given (SUPERVISOR, LEADER, ADMIN)")
    PageOf<OverdueItem> overdue(@RequestParam(required = false) String unit, @RequestParam(required = false) String kind,
                                PageRequest page) {
        return escalation.overdue(unit, kind, page);
    }

    @PostMapping("/tasks/{taskId}/urge")
    @Operation(summary = "Send an urge notice (催办) for an open task, with a message (SUPERVISOR)")
    EscalationEvent urge(@PathVariable String taskId, @RequestBody UrgeRequest request) {
        return escalation.urge(taskId, request.message());
    }

    @GetMapping("/tasks/{taskId}/escalations")
    @Operation(summary = "The steps a task has reached, in order (the ladder's and every urge by hand), paged with their total")
    PageOf<EscalationEvent> escalations(@PathVariable String taskId, PageRequest page) {
        return escalation.events(taskId, page);
    }

    @GetMapping("/escalation-rules")
    @Operation(summary = "The escalation ladders: per task kind, '*' being the default")
    List<EscalationRule> rules() {
        return escalation.rules();
    }

    @PutMapping("/escalation-rules/{taskKind}")
    @Operation(summary = "Replace the ladder of one task kind (ADMIN)")
    List<EscalationRule> saveLadder(@PathVariable String taskKind, @RequestBody List<EscalationRule> rules) {
        escalation.saveLadder(taskKind, rules);
        return escalation.rules();
    }

    record UrgeRequest(String message) {
    }
}
