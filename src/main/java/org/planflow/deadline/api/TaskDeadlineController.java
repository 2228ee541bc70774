package org.planflow.deadline.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.planflow.deadline.TaskDeadline;
import org.planflow.deadline.TaskDeadlineService;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/task-deadlines")
@Tag(name = "Task deadlines", description = "The default deadline (办理时限) of each task kind, in working days (ADMIN)")
class TaskDeadlineController {

    private final TaskDeadlineService deadlines;

    TaskDeadlineController(TaskDeadlineService deadlines) {
        this.deadlines = deadlines;
    }

    @GetMapping
    @Operation(summary = "Every task kind: workingDays (null: no deadline), the configured default, whether ADMIN "
            + "changed it and whether its BPMN sets the due date itself (which then wins)")
    List<TaskDeadline> deadlines() {
        return deadlines.deadlines();
    }

    @PutMapping("/{kind}")
    @Operation(summary = "Set a kind's deadline for tasks created from now on: {\"workingDays\":3} (1 to 60), "
            + "or {\"workingDays\":null} for none; 404 for an unknown kind")
    TaskDeadline set(@PathVariable String kind, @RequestBody DeadlineRequest request) {
        return deadlines.set(kind, request.workingDays());
    }

    @DeleteMapping("/{kind}")
    @Operation(summary = "Return a kind to the configured default")
    TaskDeadline reset(@PathVariable String kind) {
        return deadlines.reset(kind);
    }

    record DeadlineRequest(Integer workingDays) {
    }
}
