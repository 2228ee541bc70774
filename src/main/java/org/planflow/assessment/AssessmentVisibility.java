package org.planflow.assessment;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.planflow.assessment.persistence.AssessmentRepository;
import org.planflow.audit.AuditEntry;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanReader;
import org.planflow.plan.TimelineAudience;
import org.planflow.security.DistrictRoles;
import org.springframework.stereotype.Component;

/**
 * Who may see what of an annual assessment (docs/security.md, "Who may see what"). Leaders and the supervision
 * office see everything at every stage. A responsible unit sees the indicators it answers for with their
 * self-scores and evidence; the office's scores and reasons, the leader's return comment and the results only
 * once the results are published. Nobody else knows an assessment exists, except on the plan's timeline, where
 * its opening and publication are every reader's and the rest of its events become so once it is published.
 */
@Component
public class AssessmentVisibility implements TimelineAudience {

    private final AssessmentRepository repository;

    AssessmentVisibility(AssessmentRepository repository) {
        this.repository = repository;
    }

    /** Whether the caller sees every unit's indicators, scores and results at every stage. */
    public boolean seesAll() {
        return DistrictRoles.oversight();
    }

    /** The assessment as a unit sees it: the leader's returns and comment only once the results are published. */
    Assessment forUnit(Assessment assessment) {
        if (published(assessment)) {
            return assessment;
        }
        return new Assessment(assessment.id(), assessment.planId(), assessment.planTitle(), assessment.year(), assessment.status(),
                assessment.deadline(), assessment.openedBy(), assessment.openedAt(), 0, null, assessment.approvedBy(),
                assessment.approvedAt(), assessment.bulletinId(), assessment.docNumber(), assessment.processInstanceId());
    }

    /** A unit's indicators: those it answers for, the office's scores and reasons only once the results are published. */
    List<ScoredIndicator> forUnit(Assessment assessment, String unit, List<ScoredIndicator> indicators) {
        List<ScoredIndicator> own = indicators.stream().filter(scored -> scored.indicator().isResponsible(unit)).toList();
        return published(assessment) ? own : own.stream().map(AssessmentVisibility::withoutOfficeScores).toList();
    }

    /** A unit's results: nothing before publication; then the district's totals, the points lost and its own line. */
    AssessmentResult forUnit(AssessmentResult result, String unit) {
        Assessment assessment = forUnit(result.assessment());
        if (!published(assessment)) {
            return new AssessmentResult(assessment, null, List.of(), List.of());
        }
        return new AssessmentResult(assessment, result.district(), result.lost(),
                result.units().stream().filter(line -> line.unit().code().equals(unit)).toList());
    }

    private static ScoredIndicator withoutOfficeScores(ScoredIndicator scored) {
        return new ScoredIndicator(scored.indicator(), scored.selfScore(), scored.explanation(), null, null,
                scored.criteria().stream().map(criterion -> new ScoredIndicator.CriterionScore(criterion.criterion(),
                        criterion.selfScore(), null, null)).toList(), scored.evidence());
    }

    private static boolean published(Assessment assessment) {
        return assessment.status() == AssessmentStatus.PUBLISHED;
    }

    @Override
    public Set<String> actions() {
        return EnumSet.allOf(AssessmentAction.class).stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public boolean showsAll(PlanReader reader) {
        return reader.oversight();
    }

    /**
     * Opening and publication are every reader's. Until the year's results are published, a unit sees its own
     * self-assessment and evidence, and the office's scoring and the leader's decision are the oversight's alone;
     * afterwards every reader sees them all.
     */
    @Override
    public Function<AuditEntry, Optional<AuditEntry>> viewer(Plan plan, PlanReader reader) {
        if (reader.oversight()) {
            return Optional::of;
        }
        Map<Long, Assessment> assessments = repository.search(plan.id(), null, AssessmentService.MAX_LIST).stream()
                .collect(Collectors.toMap(Assessment::id, Function.identity()));
        return entry -> {
            Assessment assessment = entry.assessmentId() == null ? null : assessments.get(entry.assessmentId());
            boolean open = assessment != null && published(assessment);
            return Optional.of(entry).filter(row -> switch (AssessmentAction.valueOf(row.action())) {
                case ASSESSMENT_OPENED, ASSESSMENT_PUBLISHED, ASSESSMENT_METHOD_SET, ASSESSMENT_METHOD_REMOVED -> true;
                case SELF_ASSESSED, SELF_ASSESSMENT_LAPSED, ASSESSMENT_EVIDENCE_ADDED, ASSESSMENT_EVIDENCE_REMOVED ->
                        open || reader.isOf(row.unit());
                case ASSESSMENT_SCORED, ASSESSMENT_DECIDED -> open;
            });
        };
    }
}
