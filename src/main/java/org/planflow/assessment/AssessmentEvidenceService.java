package org.planflow.assessment;

import java.util.List;
import java.util.Optional;

import org.planflow.assessment.persistence.AssessmentRepository;
import org.planflow.audit.AuditRecord;
import org.planflow.audit.AuditService;
import org.planflow.security.CurrentUser;
import org.planflow.shared.PageOf;
import org.planflow.shared.PageRequest;
import org.planflow.shared.AcceptedFileTypes;
import org.planflow.shared.AcceptedFileTypes;
import org.planflow.shared.AcceptedFileTypes;
import org.planflow.shared.ContentTypes;
import org.planflow.shared.ContentTypes;
import org.planflow.shared.ContentTypes;
import org.planflow.shared.NotFoundException;
import org.planflow.shared.PlanFlowClock;
import org.planflow.shared.UploadLimit;
import org.planflow.supervision.SupervisionRecords;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence (佐证材料) of an indicator, given by its responsible units while they self-assess: files, and links to
 * the year's progress reports of the item made from the same breakdown row. A unit changes only its own evidence,
 * and only until it has submitted its self-assessment.
 */
@Service
@Transactional
public class AssessmentEvidenceService {

    private static final int MAX_FILE_NAME = 255;

    private final AssessmentRepository repository;
    private final AssessmentService assessments;
    private final AssessmentResultService results;
    private final SupervisionRecords supervision;
    private final AuditService audit;
    private final UploadLimit uploadLimit;
    private final AcceptedFileTypes acceptedTypes;
    private final PlanFlowClock clock;

    public AssessmentEvidenceService(AssessmentRepository repository, AssessmentService assessments,
                                     AssessmentResultService results, SupervisionRecords supervision, AuditService audit, UploadLimit uploadLimit, AcceptedFileTypes acceptedTypes,
                                     PlanFlowClock clock) {
        this.repository = repository;
        this.assessments = assessments;
        this.results = results;
        this.supervision = supervision;
        this.audit = audit;
        this.uploadLimit = uploadLimit;
        this.acceptedTypes = acceptedTypes;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public AssessmentEvidence addFile(long assessmentId, int itemSeq, String fileName, String contentType, byte[] content) {
        // Unknown to whoever may not see the assessment, before any other refusal (docs/security.md).
        results.get(assessmentId);
        if (fileName == null || fileName.isBlank()) {
            throw AssessmentProblem.REQUIRED.at(AssessmentFields.FILE);
        }
        acceptedTypes.check(fileName);
        if (content == null || content.length == 0) {
            throw AssessmentProblem.FILE_EMPTY.at(AssessmentFields.FILE);
        }
        uploadLimit.check(fileName, content);
        Assessment assessment = assessments.lockIn(assessmentId, AssessmentStatus.SELF_ASSESSING, AssessmentFields.EVIDENCE);
        String unit = responsibleUnit(assessmentId, itemSeq);
        String name = fileName.length() > MAX_FILE_NAME ? fileName.substring(fileName.length() - MAX_FILE_NAME) : fileName;
        long id = repository.addFile(assessmentId, itemSeq, unit, name, ContentTypes.sanitize(contentType), content,
                CurrentUser.require(), clock.instant());
        record(assessment, AssessmentAction.ASSESSMENT_EVIDENCE_ADDED, unit, itemSeq, name);
        return find(assessmentId, id);
    }

    @PreAuthorize("isAuthenticated()")
    public AssessmentEvidence linkReport(long assessmentId, int itemSeq, Long reportId) {
        results.get(assessmentId);
        if (reportId == null) {
            throw AssessmentProblem.REQUIRED.at(AssessmentFields.REPORT_ID);
        }
        Assessment assessment = assessments.lockIn(assessmentId, AssessmentStatus.SELF_ASSESSING, AssessmentFields.EVIDENCE);
        String unit = responsibleUnit(assessmentId, itemSeq);
        // an assessment method's indicator is no breakdown item: it has no progress reports of its own to link
        SupervisionRecords.ReportLink report = (repository.byMethod(assessmentId) ? Optional.<SupervisionRecords.ReportLink>empty()
                : supervision.report(assessment.planId(), itemSeq, assessment.year(), reportId))
                .orElseThrow(() -> AssessmentProblem.REPORT_NOT_LINKABLE.at(AssessmentFields.REPORT_ID, reportId, assessment.year()));
        if (repository.evidence(assessmentId, itemSeq).stream().anyMatch(found -> reportId.equals(found.reportId()))) {
            throw AssessmentProblem.EVIDENCE_REPEATED.at(AssessmentFields.REPORT_ID);
        }
        long id = repository.linkReport(assessmentId, itemSeq, unit, reportId, CurrentUser.require(), clock.instant());
        record(assessment, AssessmentAction.ASSESSMENT_EVIDENCE_ADDED, unit, itemSeq, report.period());
        return find(assessmentId, id);
    }

    @PreAuthorize("isAuthenticated()")
    public void remove(long assessmentId, long evidenceId) {
        Assessment assessment = assessments.lockIn(assessmentId, AssessmentStatus.SELF_ASSESSING, AssessmentFields.EVIDENCE);
        AssessmentEvidence evidence = find(assessmentId, evidenceId);
        String unit = responsibleUnit(assessmentId, evidence.itemSeq());
        if (!evidence.unit().code().equals(unit)) {
            throw AssessmentProblem.EVIDENCE_NOT_YOURS.at(AssessmentFields.EVIDENCE, evidenceId);
        }
        repository.removeEvidence(evidenceId);
        record(assessment, AssessmentAction.ASSESSMENT_EVIDENCE_REMOVED, unit, evidence.itemSeq(),
                evidence.isFile() ? evidence.fileName() : evidence.label());
    }

    /**
     * The year's submitted progress reports of the indicator's item, which its responsible units may link: for those
     * units and the oversight only, since the reports are the item's working units' (docs/security.md).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public PageOf<SupervisionRecords.ReportLink> linkableReports(long assessmentId, int itemSeq, PageRequest page) {
        Assessment assessment = results.get(assessmentId);
        Indicator indicator = indicator(assessmentId, itemSeq);
        String unit = results.myUnit();
        if (!results.maySeeAll(assessment.planId()) && !indicator.isResponsible(unit)) {
            throw AssessmentProblem.NOT_RESPONSIBLE.at(AssessmentFields.ITEM_SEQ, assessments.unitName(unit), itemSeq);
        }
        if (repository.byMethod(assessmentId)) {
            return PageOf.of(List.of(), page, 0);
        }
        return supervision.reports(assessment.planId(), itemSeq, assessment.year(), page);
    }

    /** An evidence file with its content, for whoever may see its indicator; unknown to everyone else. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public File file(long assessmentId, long evidenceId) {
        AssessmentEvidence evidence = find(assessmentId, evidenceId);
        byte[] content = repository.evidenceContent(assessmentId, evidenceId)
                .orElseThrow(() -> new NotFoundException("Evidence " + evidenceId + " is a linked report, not a file"));
        return new File(evidence, content);
    }

    /** The evidence, if the caller sees its indicator (the oversight, the indicator's responsible units). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public AssessmentEvidence find(long assessmentId, long evidenceId) {
        return results.sheet(assessmentId).indicators().stream().flatMap(scored -> scored.evidence().stream())
                .filter(found -> found.id() == evidenceId).findFirst()
                .orElseThrow(() -> new NotFoundException("No evidence " + evidenceId + " in assessment " + assessmentId));
    }

    /** An evidence file and its bytes. */
    public record File(AssessmentEvidence evidence, byte[] content) {
    }

    /** The caller's unit, which must answer for the indicator and not have submitted yet. */
    private String responsibleUnit(long assessmentId, int itemSeq) {
        Indicator indicator = indicator(assessmentId, itemSeq);
        String unit = results.myUnit();
        if (!indicator.isResponsible(unit)) {
            throw AssessmentProblem.NOT_RESPONSIBLE.at(AssessmentFields.ITEM_SEQ, assessments.unitName(unit), itemSeq);
        }
        assessments.requirePending(assessmentId, unit);
        return unit;
    }

    private Indicator indicator(long assessmentId, int itemSeq) {
        return repository.indicators(assessmentId).stream().map(ScoredIndicator::indicator)
                .filter(indicator -> indicator.itemSeq() == itemSeq).findFirst()
                .orElseThrow(() -> AssessmentProblem.INDICATOR_UNKNOWN.at(AssessmentFields.ITEM_SEQ, itemSeq));
    }

    private void record(Assessment assessment, AssessmentAction action, String unit, int itemSeq, String what) {
        audit.record(AuditRecord.of(assessment.planId(), action.name()).withAssessment(assessment.id()).withUnit(unit)
                .withDetails(assessment.year() + " #" + itemSeq + " " + what));
    }
}
