package org.planflow.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.planflow.assessment.persistence.AssessmentRepository;
import org.planflow.assessment.process.AssessmentEngine;
import org.planflow.audit.AuditRecord;
import org.planflow.audit.AuditService;
import org.planflow.calendar.Deadlines;
import org.planflow.circulation.Bulletin;
import org.planflow.circulation.BulletinRequest;
import org.planflow.circulation.BulletinService;
import org.planflow.inbox.TaskKinds;
import org.planflow.organization.OrganizationService;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanOffices;
import org.planflow.plan.PlanService;
import org.planflow.plan.PlanStatus;
import org.planflow.security.CurrentUser;
import org.planflow.shared.Formats;
import org.planflow.shared.NotFoundException;
import org.planflow.shared.Outcome;
import org.planflow.shared.PlanFlowClock;
import org.planflow.supervision.QuarterlyReviewService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of the annual assessment (年度考核) of an issued plan against its scored breakdown table: opened by the
 * supervision office with a deadline, self-assessed by the responsible units, scored by the office, approved or
 * returned by a leader, and published to the plan's member units as a 通报. Reading it: {@link AssessmentResultService}.
 */
@Service
@Transactional
@EnableConfigurationProperties(AssessmentProperties.class)
public class AssessmentService {

    public static final int MAX_LIST = 200;
    public static final int FIRST_YEAR = 2000;

    private final AssessmentRepository repository;
    private final AssessmentEngine engine;
    private final AssessmentResultService results;
    private final PlanService plans;
    private final OrganizationService organization;
    private final BulletinService bulletins;
    private final QuarterlyReviewService reviews;
    private final AuditService audit;
    private final Deadlines deadlines;
    private final AssessmentProperties properties;
    private final PlanFlowClock clock;
    private final PlanOffices offices;

    public AssessmentService(AssessmentRepository repository, AssessmentEngine engine, AssessmentResultService results,
                             PlanService plans, OrganizationService organization, BulletinService bulletins,
                             QuarterlyReviewService reviews, AuditService audit, Deadlines deadlines,
                             AssessmentProperties properties, PlanFlowClock clock, PlanOffices offices) {
        this.offices = offices;
        this.repository = repository;
        this.engine = engine;
        this.results = results;
        this.plans = plans;
        this.organization = organization;
        this.bulletins = bulletins;
        this.reviews = reviews;
        this.audit = audit;
        this.deadlines = deadlines;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The plan's office opens a year's assessment of the plan's indicators (its assessment method's, else its breakdown
     * table's scored rows): every responsible unit gets its SELF_ASSESS task.
     */
    @PreAuthorize("hasAnyRole(T(org.planflow.shared.Roles).SUPERVISOR, T(org.planflow.shared.Roles).PLAN_OFFICE)")
    public Assessment open(long planId, Integer year, Integer deadlineWorkingDays) {
        offices.requireOffice(planId);
        int thisYear = today().getYear();
        if (year == null) {
            throw AssessmentProblem.REQUIRED.at(AssessmentFields.YEAR);
        }
        if (year < FIRST_YEAR || year > thisYear) {
            throw AssessmentProblem.YEAR_INVALID.at(AssessmentFields.YEAR, year, FIRST_YEAR, thisYear);
        }
        if (deadlineWorkingDays == null) {
            throw AssessmentProblem.REQUIRED.at(AssessmentFields.DEADLINE_WORKING_DAYS);
        }
        if (deadlineWorkingDays < 1 || deadlineWorkingDays > properties.maxDeadlineWorkingDays()) {
            throw AssessmentProblem.DEADLINE_INVALID.at(AssessmentFields.DEADLINE_WORKING_DAYS, properties.maxDeadlineWorkingDays());
        }
        Plan plan = plans.get(planId);
        if (plan.status() != PlanStatus.ISSUED && plan.status() != PlanStatus.CLOSED) {
            throw AssessmentProblem.PLAN_NOT_ISSUED.at(AssessmentFields.PLAN_ID, plan.status());
        }
        IndicatorTable table = results.indicators(planId);
        List<Indicator> indicators = table.indicators();
        if (indicators.isEmpty()) {
            throw AssessmentProblem.NO_INDICATORS.at(AssessmentFields.PLAN_ID);
        }
        repository.find(planId, year).ifPresent(existing -> {
            throw AssessmentProblem.ASSESSMENT_EXISTS.at(AssessmentFields.YEAR, year);
        });
        Instant deadline = deadlines.workingDaysFromNow(deadlineWorkingDays).toInstant();
        long id = repository.insert(planId, year, deadline, indicators, table.byMethod(), CurrentUser.require(),
                clock.instant());
        List<String> units = repository.submissions(id).stream().map(submission -> submission.unit().code()).toList();
        audit.record(AuditRecord.of(planId, AssessmentAction.ASSESSMENT_OPENED.name()).withAssessment(id)
                .withDetails(year + " " + indicators.size() + " / " + units.size()));
        repository.setProcessInstance(id, engine.start(id, plan, units, deadline));
        return results.load(id);
    }

    /** SELF_ASSESS: the unit's self-scores of the indicators it leads (the inbox checked the caller is of that unit). */
    @PreAuthorize("isAuthenticated()")
    public void selfAssess(long assessmentId, String unitCode, List<IndicatorInput> scores, String taskId) {
        Assessment assessment = lockIn(assessmentId, AssessmentStatus.SELF_ASSESSING, AssessmentFields.SCORES);
        requirePending(assessmentId, unitCode);
        String unitName = unitName(unitCode);
        List<ScoreRules.Checked> checked = ScoreRules.selfScores(repository.indicators(assessmentId), unitCode, unitName, scores);
        String by = CurrentUser.require();
        Instant now = clock.instant();
        for (ScoreRules.Checked score : checked) {
            repository.selfScore(assessmentId, score.indicator().indicator().itemSeq(), score.score(), score.text(), score.criteria(),
                    by, now);
        }
        repository.submitted(assessmentId, unitCode, UnitSubmission.State.SUBMITTED.name(), by, now);
        audit.record(AuditRecord.of(assessment.planId(), AssessmentAction.SELF_ASSESSED.name()).withOutcome(Outcome.SUBMIT.value())
                .withDetails(assessment.year() + " " + unitName + " " + describe(checked)).withTask(taskId)
                .withAssessment(assessmentId).withUnit(unitCode));
    }

    /** The deadline passed before the unit submitted: its indicators keep no self-score (未自评). */
    @PreAuthorize("permitAll()")
    public void lapse(long assessmentId, String unitCode) {
        Assessment assessment = lockIn(assessmentId, AssessmentStatus.SELF_ASSESSING, AssessmentFields.DEADLINE);
        repository.submitted(assessmentId, unitCode, UnitSubmission.State.LAPSED.name(), null, null);
        audit.recordAs(AuditService.SYSTEM, AuditRecord.of(assessment.planId(), AssessmentAction.SELF_ASSESSMENT_LAPSED.name())
                .withAssessment(assessmentId).withUnit(unitCode).withDetails(assessment.year() + " " + repository.submissions(assessmentId).stream()
                        .filter(submission -> submission.unit().code().equals(unitCode)).findFirst()
                        .map(submission -> submission.unit().name()).orElse(unitCode)));
    }

    @PreAuthorize("permitAll()")
    public void closeSelfAssessment(long assessmentId) {
        lockIn(assessmentId, AssessmentStatus.SELF_ASSESSING, AssessmentFields.STATUS);
        repository.status(assessmentId, AssessmentStatus.SCORING);
    }

    /** SCORE_ASSESSMENT: the office's whole scoring; an indicator left out keeps its self-score. */
    @PreAuthorize("hasAnyRole(T(org.planflow.shared.Roles).SUPERVISOR, T(org.planflow.shared.Roles).PLAN_OFFICE)")
    public void score(long assessmentId, List<IndicatorInput> scores, String taskId) {
        Assessment assessment = lockIn(assessmentId, AssessmentStatus.SCORING, AssessmentFields.SCORES);
        offices.requireOffice(assessment.planId());
        List<ScoredIndicator> sheet = repository.indicators(assessmentId);
        Map<Integer, ScoreRules.Checked> checked = ScoreRules.officeScores(sheet, scores).stream()
                .collect(Collectors.toMap(score -> score.indicator().indicator().itemSeq(), score -> score));
        for (ScoredIndicator scored : sheet) {
            ScoreRules.Checked score = checked.get(scored.indicator().itemSeq());
            repository.officeScore(assessmentId, scored.indicator().itemSeq(), score == null ? null : score.score(),
                    score == null ? null : score.text(), score == null ? Map.of() : score.criteria(),
                    score == null ? Map.of() : score.reasons());
        }
        repository.scored(assessmentId, CurrentUser.require(), clock.instant());
        audit.record(AuditRecord.of(assessment.planId(), AssessmentAction.ASSESSMENT_SCORED.name()).withOutcome(Outcome.SUBMIT.value())
                .withAssessment(assessmentId).withDetails(assessment.year() + " " + describe(List.copyOf(checked.values()))).withTask(taskId));
    }

    /** APPROVE_ASSESSMENT: a leader approves the scores, or returns them to the office with what to reconsider. */
    @PreAuthorize("hasRole(T(org.planflow.shared.Roles).LEADER)")
    public void decide(long assessmentId, Outcome outcome, String comment, String taskId) {
        String text = ScoreRules.text(comment, AssessmentFields.COMMENT);
        if (outcome == Outcome.RETURN && text == null) {
            throw AssessmentProblem.REQUIRED.at(AssessmentFields.COMMENT);
        }
        Assessment assessment = lockIn(assessmentId, AssessmentStatus.APPROVAL, TaskKinds.VAR_OUTCOME);
        if (assessment.approvedBy() != null) {
            throw AssessmentProblem.LOCKED.at(TaskKinds.VAR_OUTCOME, AssessmentStatus.APPROVAL, TaskKinds.VAR_OUTCOME);
        }
        if (outcome == Outcome.RETURN) {
            repository.returned(assessmentId, text);
        } else {
            repository.approved(assessmentId, CurrentUser.require(), clock.instant());
        }
        audit.record(AuditRecord.of(assessment.planId(), AssessmentAction.ASSESSMENT_DECIDED.name()).withOutcome(outcome.value())
                .withAssessment(assessmentId).withComment(text).withDetails(String.valueOf(assessment.year())).withTask(taskId));
    }

    /** The approved results go to the plan's member units and every responsible unit as a bulletin (通报). */
    @PreAuthorize("permitAll()")
    public void publish(long assessmentId) {
        Assessment assessment = lockIn(assessmentId, AssessmentStatus.APPROVAL, AssessmentFields.STATUS);
        AssessmentResult result = results.compute(assessment);
        Set<String> units = new LinkedHashSet<>(reviews.memberUnits(assessment.planId()));
        repository.submissions(assessmentId).forEach(submission -> units.add(submission.unit().code()));
        Bulletin bulletin = bulletins.publish(new BulletinRequest(assessment.planId(), AssessmentAction.ASSESSMENT_PUBLISHED.name(),
                properties.prefix(), properties.issuer(), properties.mark(), AssessmentDocuments.bulletinTitle(assessment),
                properties.addressees(), AssessmentDocuments.bulletinText(result), List.copyOf(units), null), assessment.approvedBy());
        repository.published(assessmentId, bulletin.id(), bulletin.docNumber());
        audit.recordAs(assessment.approvedBy(), AuditRecord.of(assessment.planId(), AssessmentAction.ASSESSMENT_PUBLISHED.name())
                .withAssessment(assessmentId).withDetails(assessment.year() + " " + bulletin.docNumber()));
    }

    Assessment lockIn(long assessmentId, AssessmentStatus expected, String field) {
        Assessment assessment = repository.lock(assessmentId).orElseThrow(() -> new NotFoundException("No assessment " + assessmentId));
        if (assessment.status() != expected) {
            throw AssessmentProblem.LOCKED.at(field, assessment.status(), field);
        }
        return assessment;
    }

    void requirePending(long assessmentId, String unitCode) {
        UnitSubmission.State state = repository.submissionState(assessmentId, unitCode)
                .orElseThrow(() -> AssessmentProblem.NOT_RESPONSIBLE.at(AssessmentFields.UNIT, unitName(unitCode), "-"));
        if (state != UnitSubmission.State.PENDING) {
            throw AssessmentProblem.UNIT_DONE.at(AssessmentFields.UNIT, unitName(unitCode));
        }
    }

    String unitName(String unitCode) {
        return organization.unit(unitCode).name();
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Formats.DISTRICT_ZONE);
    }

    private static String describe(List<ScoreRules.Checked> checked) {
        return checked.stream().map(score -> "#" + score.indicator().indicator().itemSeq() + "=" + score.score().toPlainString())
                .collect(Collectors.joining(" "));
    }

}
