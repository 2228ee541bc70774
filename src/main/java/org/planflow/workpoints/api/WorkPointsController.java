package org.planflow.workpoints.api;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.planflow.plan.Plan;
import org.planflow.shared.PageOf;
import org.planflow.shared.PageRequest;
import org.planflow.workpoints.WorkPointsRequest;
import org.planflow.workpoints.WorkPointsService;
import org.planflow.workpoints.WorkPointsYear;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Work points", description = "Annual work points (年度工作要点) of a plan running several years")
class WorkPointsController {

    private final WorkPointsService workPoints;

    WorkPointsController(WorkPointsService workPoints) {
        this.workPoints = workPoints;
    }

    @GetMapping("/api/plans/{id}/work-points")
    @Operation(summary = "Each year of an issued multi-year plan, paged, with the work points drawn for it (planId, title, "
            + "status) or none yet; empty for a plan of one year; 404 for who may not know the plan")
    PageOf<WorkPointsYear> years(@PathVariable long id, PageRequest page) {
        return workPoints.years(id, page);
    }

    @PostMapping("/api/plans/{id}/work-points")
    @Operation(summary = "Draw a year's work points {year, items:[{seq, dueDate}]} as a new draft of the caller's unit "
            + "(a drafter of the plan's office unit or lead unit; 403 otherwise): the chosen items with their due dates in "
            + "that year (none: the year's end), milestones and targets of that year, the plan's office, leading group and "
            + "cadence; it is approved and issued like any plan. 409 ALREADY_DRAWN for a year drawn before")
    ResponseEntity<Plan> draw(@PathVariable long id, @RequestBody WorkPointsRequest request) {
        Plan plan = workPoints.draw(id, request);
        return ResponseEntity.created(URI.create("/api/plans/" + plan.id())).body(plan);
    }
}
