package org.planflow.supervision;

import org.planflow.plan.PlanService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A decision of a plan's meeting becomes a supervised item of the plan (立项 from 会议议定事项), as the quarterly review's
 * joint meeting makes them: the meeting feature has checked that the caller runs the plan's office.
 */
@Service
@Transactional
public class MeetingDecisionItems {

    private final ItemAssignmentService assignments;
    private final PlanService plans;

    MeetingDecisionItems(ItemAssignmentService assignments, PlanService plans) {
        this.assignments = assignments;
        this.plans = plans;
    }

    /** An ad-hoc item of the plan whose source is the meeting's decision, worded in {@code sourceText}. */
    @PreAuthorize("hasAnyRole(T(org.planflow.shared.Roles).SUPERVISOR, T(org.planflow.shared.Roles).PLAN_OFFICE)")
    public SupervisedItem create(long planId, String sourceText, AdHocItem request) {
        return assignments.createAdHoc(new AdHocItem(request.title(), ItemSource.MEETING_DECISION.label(), sourceText,
                request.leadUnit(), request.coopUnits(), request.dueDate(), request.cadence(), request.leader()), plans.load(planId));
    }
}
