package org.planflow.meeting.ui;

import com.vaadin.flow.component.Component;
import org.planflow.meeting.MeetingDocuments;
import org.planflow.meeting.MeetingService;
import org.planflow.organization.OrganizationService;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanTab;

/** The plan's 会议 tab once it is issued: its rhythm with each period held or missing, and its meetings. */
@org.springframework.stereotype.Component
class MeetingsTab implements PlanTab {

    static final String KEY = "meetings";

    private final MeetingService meetings;
    private final MeetingDocuments documents;
    private final OrganizationService organization;

    MeetingsTab(MeetingService meetings, MeetingDocuments documents, OrganizationService organization) {
        this.meetings = meetings;
        this.documents = documents;
        this.organization = organization;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public boolean appliesTo(Plan plan) {
        return plan.status().issued() && !plan.subPlan();
    }

    @Override
    public Component create(Plan plan) {
        return new MeetingsPanel(plan, meetings, documents, organization.unitSearch());
    }
}
