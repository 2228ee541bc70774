package org.planflow.assessment.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.planflow.assessment.Assessment;
import org.planflow.assessment.AssessmentEvidence;
import org.planflow.assessment.AssessmentEvidenceService;
import org.planflow.assessment.AssessmentResultService;
import org.planflow.assessment.ScoredIndicator;
import org.planflow.inbox.InboxEntry;
import org.planflow.inbox.TaskCompletionService;
import org.planflow.inbox.TaskWorkspace;
import org.planflow.organization.OrganizationService;
import org.planflow.organization.UserAccount;
import org.planflow.security.CurrentUser;
import org.planflow.shared.AcceptedFileTypes;
import org.planflow.shared.TaskKind;
import org.planflow.shared.UploadLimit;

/**
 * Where the annual assessment's tasks are done: a responsible unit self-assesses with evidence (SELF_ASSESS), the
 * supervision office scores (SCORE_ASSESSMENT), a leader approves or returns the results (APPROVE_ASSESSMENT).
 */
@org.springframework.stereotype.Component
class AssessmentTaskWorkspace implements TaskWorkspace {

    /** No field wording of its own: every assessment refusal carries its worded problem. */
    static final String ERRORS = "assessment.task.error";

    private final AssessmentResultService assessments;
    private final AssessmentEvidenceService evidence;
    private final OrganizationService organization;
    private final TaskCompletionService completion;
    private final UploadLimit uploadLimit;
    private final AcceptedFileTypes acceptedTypes;

    AssessmentTaskWorkspace(AssessmentResultService assessments, AssessmentEvidenceService evidence, OrganizationService organization,
                            TaskCompletionService completion, UploadLimit uploadLimit, AcceptedFileTypes acceptedTypes) {
        this.assessments = assessments;
        this.evidence = evidence;
        this.organization = organization;
        this.completion = completion;
        this.uploadLimit = uploadLimit;
        this.acceptedTypes = acceptedTypes;
    }

    @Override
    public boolean handles(InboxEntry task) {
        return TaskKind.SELF_ASSESS.is(task.kind()) || TaskKind.SCORE_ASSESSMENT.is(task.kind())
                || TaskKind.APPROVE_ASSESSMENT.is(task.kind());
    }

    @Override
    public Component open(InboxEntry task, Runnable completed) {
        Assessment assessment = assessments.ofProcess(task.processInstanceId());
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        layout.setId("assessment-workspace");
        layout.add(new Paragraph(layout.getTranslation("assessment.task.heading", assessment.planTitle(),
                String.valueOf(assessment.year()))));
        Component panel = switch (TaskKind.valueOf(task.kind())) {
            case SELF_ASSESS -> new SelfAssessPanel(task.id(), assessments.sheet(assessment.id()), unitOf(task),
                    new SelfAssessPanel.Services(evidence, seq -> evidenceOf(assessment.id(), seq), this::displayName, uploadLimit,
                            acceptedTypes, completion), completed);
            case SCORE_ASSESSMENT -> new ScoringPanel(task.id(), assessments.sheet(assessment.id()), completion, completed);
            default -> new ApprovalPanel(task.id(), assessments.result(assessment.planId(), assessment.year()), completion, completed);
        };
        layout.add(panel);
        return layout;
    }

    /** The unit the SELF_ASSESS task is offered to, else the caller's own. */
    private String unitOf(InboxEntry task) {
        return task.unit() != null ? task.unit() : organization.user(CurrentUser.require()).unit().code();
    }

    private List<AssessmentEvidence> evidenceOf(long assessmentId, int itemSeq) {
        return assessments.sheet(assessmentId).indicators().stream().filter(scored -> scored.indicator().itemSeq() == itemSeq)
                .findFirst().map(ScoredIndicator::evidence).orElse(List.of());
    }

    private String displayName(String username) {
        return username == null ? "" : organization.findUser(username).map(UserAccount::displayName).orElse(username);
    }
}
