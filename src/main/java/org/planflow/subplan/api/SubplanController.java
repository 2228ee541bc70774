package org.planflow.subplan.api;

import java.io.IOException;
import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanDraft;
import org.planflow.plan.PlanFields;
import org.planflow.shared.PageOf;
import org.planflow.shared.PageRequest;
import org.planflow.subplan.SubplanRequirement;
import org.planflow.subplan.SubplanService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Sub-plans", description = "Member units' own implementation plans (配套方案) and their filing (备案)")
class SubplanController {

    private final SubplanService subplans;

    SubplanController(SubplanService subplans) {
        this.subplans = subplans;
    }

    @GetMapping("/api/plans/{id}/sub-plans")
    @Operation(summary = "The units the plan's issuance asked for their own plan, in the district's order, paged: unit {code,name}, "
            + "status PENDING|SUBMITTED|FILED|RETURNED, due, late (not submitted by the due date, or submitted after it), "
            + "subPlanId and subPlanTitle of the sub-plan last submitted, submittedAt, and the office's comment on a returned "
            + "one (for the unit, the lead department and the district); 404 for who may not know the plan")
    PageOf<SubplanRequirement> subPlans(@PathVariable long id, PageRequest page) {
        return subplans.ofPlan(id, page);
    }

    @PostMapping("/api/plans/{id}/sub-plans")
    @Operation(summary = "A new draft of the caller's unit as its own plan for this one (body as POST /api/plans); it goes "
            + "through the unit's review and leader approval, then SUBMIT_SUB_PLAN files it; 403 unless the issuance asked "
            + "the caller's unit for one (DRAFTER)")
    ResponseEntity<Plan> draft(@PathVariable long id, @RequestBody PlanDraft draft) {
        Plan plan = subplans.draft(id, draft);
        return ResponseEntity.created(URI.create("/api/plans/" + plan.id())).body(plan);
    }

    @PostMapping(path = "/api/plans/{id}/sub-plans/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "The same from a .docx or .txt document (multipart 'file'), read as POST /api/plans/import reads it")
    ResponseEntity<Plan> importDraft(@PathVariable long id, @RequestParam(PlanFields.FILE) MultipartFile file) throws IOException {
        Plan plan = subplans.importDraft(id, file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.created(URI.create("/api/plans/" + plan.id())).body(plan);
    }
}
