package org.planflow.consultation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.planflow.audit.AuditRecord;
import org.planflow.audit.AuditService;
import org.planflow.consultation.persistence.OpinionRepository;
import org.planflow.shared.ListFields;
import org.planflow.shared.PageOf;
import org.planflow.shared.PageRequest;
import org.planflow.shared.Outcome;
import org.planflow.shared.PlanFlowClock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rounds, opinions and answers. Which plan a caller may read is the plan feature's concern: it
 * checks before it shows opinions. The methods that the processes call carry no method security.
 */
@Service
@Transactional(readOnly = true)
public class ConsultationService {

    /** The text recorded for a unit that did not answer by the deadline. */
    public static final String LATE_TEXT = "逾期未反馈，视为无意见";
    public static final String NO_OPINION_TEXT = "无意见";
    public static final int MAX_TEXT = 4000;
    public static final int MAX_SECTION = 20;

    private final OpinionRepository repository;
    private final AuditService audit;
    private final PlanFlowClock clock;

    public ConsultationService(OpinionRepository repository, AuditService audit, PlanFlowClock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens the next round for the plan; returns its number (1 for the first). */
    @Transactional
    @PreAuthorize("permitAll()")
    public int openRound(long planId, List<String> units, Instant deadline) {
        int round = repository.lastRound(planId).map(r -> r.round() + 1).orElse(1);
        repository.insertRound(planId, round, units, clock.instant(), deadline);
        audit.record(AuditRecord.of(planId, ConsultationAction.CONSULTATION_OPENED.name()).withOutcome(String.valueOf(round))
                .withDetails(String.join(",", units)));
        return round;
    }

    @Transactional
    @PreAuthorize("permitAll()")
    public void giveOpinions(long planId, int round, String unitCode, String author, List<OpinionInput> opinions) {
        if (opinions == null || opinions.isEmpty()) {
            throw ConsultationProblem.OPINION_MISSING.at(ConsultationFields.OPINIONS);
        }
        List<OpinionInput> clean = new ArrayList<>();
        for (int i = 0; i < opinions.size(); i++) {
            OpinionInput input = opinions.get(i);
            String text = input == null || input.text() == null ? "" : input.text().strip();
            String section = input == null || input.section() == null ? "" : input.section().strip();
            String textField = ListFields.at(ConsultationFields.OPINIONS, i, ConsultationFields.TEXT);
            if (text.isEmpty()) {
                throw ConsultationProblem.OPINION_TEXT_MISSING.at(textField, i + 1);
            }
            if (text.length() > MAX_TEXT) {
                throw ConsultationProblem.OPINION_TOO_LONG.at(textField, i + 1, MAX_TEXT);
            }
            if (section.length() > MAX_SECTION) {
                throw ConsultationProblem.SECTION_TOO_LONG.at(ListFields.at(ConsultationFields.OPINIONS, i,
                        ConsultationFields.SECTION), i + 1, MAX_SECTION);
            }
            clean.add(new OpinionInput(section.isEmpty() ? null : section, text));
        }
        Instant now = clock.instant();
        for (OpinionInput input : clean) {
            repository.insert(planId, round, unitCode, OpinionKind.OPINION, input.section(), input.text(), author, now);
        }
        audit.recordAs(author, AuditRecord.of(planId, ConsultationAction.OPINION_GIVEN.name())
                .withOutcome(Outcome.OPINIONS.value()).withUnit(unitCode).withDetails(unitCode + ": " + clean.size()));
    }

    @Transactional
    @PreAuthorize("permitAll()")
    public void noOpinion(long planId, int round, String unitCode, String author) {
        repository.insert(planId, round, unitCode, OpinionKind.NO_OPINION, null, NO_OPINION_TEXT, author, clock.instant());
        audit.recordAs(author, AuditRecord.of(planId, ConsultationAction.OPINION_GIVEN.name())
                .withOutcome(Outcome.NO_OPINION.value()).withDetails(unitCode).withUnit(unitCode));
    }

    /** The deadline passed without an answer: the unit is recorded as having no opinion. */
    @Transactional
    @PreAuthorize("permitAll()")
    public void recordLate(long planId, int round, String unitCode) {
        repository.insert(planId, round, unitCode, OpinionKind.LATE_NO_OPINION, null, LATE_TEXT, null, clock.instant());
        audit.recordAs(AuditService.SYSTEM, AuditRecord.of(planId, ConsultationAction.OPINION_LATE.name())
                .withOutcome(OpinionKind.LATE_NO_OPINION.name().toLowerCase(Locale.ROOT)).withUnit(unitCode)
                .withDetails(unitCode));
    }

    /**
     * The drafter's answers to the latest round: every opinion needs one, and every decision but
     * ADOPTED a reason. Nothing is saved unless all answers are good.
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public void answer(long planId, List<Answer> answers, String by) {
        List<Opinion> open = latestRound(planId).stream().filter(Opinion::needsAnswer).toList();
        Map<Long, Opinion> byId = open.stream().collect(Collectors.toMap(Opinion::id, Function.identity()));
        List<Answer> given = answers == null ? List.of() : answers;
        Set<Long> answered = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            Answer answer = given.get(i);
            String opinionField = ListFields.at(ConsultationFields.ANSWERS, i, ConsultationFields.OPINION_ID);
            String reasonField = ListFields.at(ConsultationFields.ANSWERS, i, ConsultationFields.REASON);
            if (answer == null || answer.opinionId() == null) {
                throw ConsultationProblem.ANSWER_OPINION_MISSING.at(opinionField, i + 1);
            }
            if (!byId.containsKey(answer.opinionId())) {
                throw ConsultationProblem.ANSWER_OPINION_UNKNOWN.at(opinionField, i + 1, answer.opinionId());
            }
            if (!answered.add(answer.opinionId())) {
                throw ConsultationProblem.OPINION_ANSWERED_TWICE.at(opinionField, answer.opinionId());
            }
            if (answer.decision() == null) {
                throw ConsultationProblem.DECISION_REQUIRED.at(ListFields.at(ConsultationFields.ANSWERS, i,
                        ConsultationFields.DECISION), i + 1);
            }
            boolean noReason = answer.reason() == null || answer.reason().isBlank();
            if (answer.decision() != OpinionDecision.ADOPTED && noReason) {
                throw ConsultationProblem.REASON_REQUIRED.at(reasonField, i + 1, answer.decision());
            }
            if (!noReason && answer.reason().length() > MAX_TEXT) {
                throw ConsultationProblem.REASON_TOO_LONG.at(reasonField, i + 1, MAX_TEXT);
            }
        }
        List<Long> missing = open.stream().map(Opinion::id).filter(id -> !answered.contains(id)).toList();
        if (!missing.isEmpty()) {
            throw ConsultationProblem.ANSWERS_MISSING.at(ConsultationFields.ANSWERS, missing);
        }
        Instant now = clock.instant();
        for (Answer answer : given) {
            repository.decide(answer.opinionId(), answer.decision(), answer.reason() == null ? null : answer.reason().strip(), by, now);
        }
        audit.recordAs(by, AuditRecord.of(planId, ConsultationAction.OPINIONS_ANSWERED.name()).withDetails(summary(given)));
    }


    /** Every round's opinions, oldest round first. */
    @PreAuthorize("isAuthenticated()")
    public List<Opinion> opinions(long planId) {
        return repository.opinions(planId);
    }

    /** One page of the opinions, of one unit or (null) of every unit, oldest round first, with their total. */
    @PreAuthorize("isAuthenticated()")
    public PageOf<Opinion> opinions(long planId, String unit, PageRequest page) {
        return PageOf.of(repository.opinions(planId, unit, page.offset(), page.size()), page, repository.countOpinions(planId, unit));
    }

    @PreAuthorize("permitAll()")
    public List<Opinion> latestRound(long planId) {
        return repository.lastRound(planId).map(r -> repository.opinions(planId, r.round())).orElse(List.of());
    }


    private static String summary(List<Answer> answers) {
        return answers.stream().collect(Collectors.groupingBy(Answer::decision, Collectors.counting())).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).sorted().collect(Collectors.joining(","));
    }
}
