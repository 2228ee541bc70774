package org.planflow.assessment;

import static org.planflow.assessment.AssessmentFields.EVIDENCE;
import static org.planflow.assessment.AssessmentFields.EXPLANATION;
import static org.planflow.assessment.AssessmentFields.INDEX;
import static org.planflow.assessment.AssessmentFields.ITEM_SEQ;
import static org.planflow.assessment.AssessmentFields.REASON;
import static org.planflow.assessment.AssessmentFields.SCORE;
import static org.planflow.assessment.AssessmentFields.SCORES;
import static org.planflow.assessment.AssessmentFields.ofCriterion;
import static org.planflow.assessment.AssessmentFields.ofScore;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The checks of a list of scores against the indicators: each names the field it refuses, e.g.
 * {@code scores[2].criteria[0].score} ({@link AssessmentFields#ofCriterion}). What passes is returned as the values to store.
 */
final class ScoreRules {

    static final int MAX_TEXT = 4000;

    /** One indicator's checked score: the total, its text, and per criterion the score and (office) reason. */
    record Checked(ScoredIndicator indicator, BigDecimal score, String text, Map<Integer, BigDecimal> criteria,
                   Map<Integer, String> reasons) {
    }

    private ScoreRules() {
    }

    /** The lead unit's self-scores: only of indicators it leads, every one of them, within points, evidence where claimed. */
    static List<Checked> selfScores(List<ScoredIndicator> sheet, String unitCode, String unitName, List<IndicatorInput> inputs) {
        Map<Integer, ScoredIndicator> bySeq = bySeq(sheet);
        Set<Integer> given = new HashSet<>();
        List<Checked> checked = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            ScoredIndicator scored = indicator(bySeq, inputs.get(i), i, given);
            Indicator indicator = scored.indicator();
            if (!indicator.isResponsible(unitCode)) {
                throw AssessmentProblem.NOT_RESPONSIBLE.at(ofScore(i, ITEM_SEQ), unitName, indicator.itemSeq());
            }
            if (!indicator.isLead(unitCode)) {
                throw AssessmentProblem.NOT_LEAD.at(ofScore(i, ITEM_SEQ), unitName, indicator.itemSeq(), indicator.leadUnit().name());
            }
            Checked score = total(scored, inputs.get(i), i, text(inputs.get(i).text(), ofScore(i, EXPLANATION)), null);
            String evidenceField = ofScore(i, EVIDENCE);
            if (score.score().signum() > 0 && scored.evidence().isEmpty()) {
                needingEvidence(scored, score).ifPresent(criterion -> {
                    throw AssessmentProblem.EVIDENCE_REQUIRED.at(evidenceField, criterion);
                });
            }
            checked.add(score);
        }
        sheet.stream().filter(scored -> scored.indicator().isLead(unitCode) && !given.contains(scored.indicator().itemSeq()))
                .findFirst().ifPresent(missing -> {
                    throw AssessmentProblem.SELF_SCORE_MISSING.at(SCORES, missing.indicator().itemSeq(), missing.indicator().name());
                });
        return checked;
    }

    /** The office's scores: within points, and a reason wherever a score differs from the self-score. */
    static List<Checked> officeScores(List<ScoredIndicator> sheet, List<IndicatorInput> inputs) {
        Map<Integer, ScoredIndicator> bySeq = bySeq(sheet);
        Set<Integer> given = new HashSet<>();
        List<Checked> checked = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            ScoredIndicator scored = indicator(bySeq, inputs.get(i), i, given);
            Map<Integer, BigDecimal> selfByCriterion = scored.criteria().stream().filter(c -> c.selfScore() != null)
                    .collect(Collectors.toMap(c -> c.criterion().index(), ScoredIndicator.CriterionScore::selfScore));
            String reasonField = ofScore(i, REASON);
            Checked score = total(scored, inputs.get(i), i, text(inputs.get(i).text(), reasonField), selfByCriterion);
            BigDecimal self = Objects.requireNonNullElse(scored.selfScore(), BigDecimal.ZERO);
            if (score.score().compareTo(self) != 0 && score.text() == null && score.reasons().isEmpty()) {
                throw AssessmentProblem.REASON_REQUIRED.at(reasonField, Points.of(score.score()).toPlainString(),
                        Points.of(self).toPlainString());
            }
            String reason = score.text() != null ? score.text() : score.reasons().isEmpty() ? null
                    : String.join("；", score.reasons().values());
            checked.add(new Checked(scored, score.score(), reason, score.criteria(), score.reasons()));
        }
        return checked;
    }

    private static Map<Integer, ScoredIndicator> bySeq(List<ScoredIndicator> sheet) {
        return sheet.stream().collect(Collectors.toMap(scored -> scored.indicator().itemSeq(), Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }

    private static ScoredIndicator indicator(Map<Integer, ScoredIndicator> bySeq, IndicatorInput input, int i, Set<Integer> given) {
        String field = ofScore(i, ITEM_SEQ);
        if (input == null || input.itemSeq() == null) {
            throw AssessmentProblem.REQUIRED.at(field);
        }
        ScoredIndicator scored = bySeq.get(input.itemSeq());
        if (scored == null) {
            throw AssessmentProblem.INDICATOR_UNKNOWN.at(field, input.itemSeq());
        }
        if (!given.add(input.itemSeq())) {
            throw AssessmentProblem.INDICATOR_REPEATED.at(field, input.itemSeq());
        }
        return scored;
    }

    /**
     * The indicator's score: given directly, or the sum of its criteria's scores capped at its max. With
     * {@code selfByCriterion} (the office scoring), a criterion whose score differs from its self-score needs a reason.
     */
    private static Checked total(ScoredIndicator scored, IndicatorInput input, int i, String text,
                                 Map<Integer, BigDecimal> selfByCriterion) {
        Indicator indicator = scored.indicator();
        Map<Integer, BigDecimal> criteria = new LinkedHashMap<>();
        Map<Integer, String> reasons = new LinkedHashMap<>();
        Map<Integer, Criterion> known = new HashMap<>();
        indicator.criteria().forEach(criterion -> known.put(criterion.index(), criterion));
        for (int j = 0; j < input.criteria().size(); j++) {
            IndicatorInput.CriterionInput given = input.criteria().get(j);
            String indexField = ofCriterion(i, j, INDEX);
            if (given == null || given.index() == null) {
                throw AssessmentProblem.REQUIRED.at(indexField);
            }
            Criterion criterion = known.get(given.index());
            if (criterion == null) {
                throw AssessmentProblem.CRITERION_UNKNOWN.at(indexField, indicator.itemSeq(), given.index());
            }
            if (criteria.containsKey(given.index())) {
                throw AssessmentProblem.INDICATOR_REPEATED.at(indexField, indicator.itemSeq() + "." + given.index());
            }
            criteria.put(given.index(), within(given.score(), criterion.points(), ofCriterion(i, j, SCORE)));
            String reasonField = ofCriterion(i, j, REASON);
            String reason = selfByCriterion == null ? null : text(given.reason(), reasonField);
            BigDecimal self = selfByCriterion == null ? null : selfByCriterion.get(given.index());
            if (self != null && self.compareTo(criteria.get(given.index())) != 0) {
                if (reason == null) {
                    throw AssessmentProblem.REASON_REQUIRED.at(reasonField, Points.of(criteria.get(given.index())).toPlainString(),
                            self.toPlainString());
                }
                reasons.put(given.index(), reason);
            } else if (reason != null) {
                reasons.put(given.index(), reason);
            }
        }
        BigDecimal score;
        if (criteria.isEmpty()) {
            score = within(input.score(), indicator.maxPoints(), ofScore(i, SCORE));
        } else {
            BigDecimal sum = criteria.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            score = sum.min(indicator.maxPoints());
            if (input.score() != null && input.score().compareTo(score) != 0) {
                throw AssessmentProblem.SCORE_NOT_SUM.at(ofScore(i, SCORE), input.score().toPlainString(), Points.of(sum).toPlainString(),
                        indicator.maxPoints().toPlainString());
            }
        }
        return new Checked(scored, Points.of(score), text, criteria, reasons);
    }

    private static BigDecimal within(BigDecimal score, BigDecimal points, String field) {
        if (score == null) {
            throw AssessmentProblem.REQUIRED.at(field);
        }
        if (score.signum() < 0 || score.compareTo(points) > 0) {
            throw AssessmentProblem.SCORE_OUT_OF_RANGE.at(field, score.toPlainString(), points.toPlainString());
        }
        return score;
    }

    /** The first clause that claims points and needs evidence; a whole-indicator score counts as claiming every clause. */
    private static Optional<String> needingEvidence(ScoredIndicator scored, Checked score) {
        List<Criterion> criteria = scored.indicator().criteria();
        if (criteria.isEmpty()) {
            return Optional.of(scored.indicator().name());
        }
        return criteria.stream()
                .filter(criterion -> criterion.evidenceRequired()
                        && (score.criteria().isEmpty() || score.criteria().getOrDefault(criterion.index(), BigDecimal.ZERO).signum() > 0))
                .map(Criterion::text).findFirst();
    }

    static String text(String value, String field) {
        String text = value == null ? null : value.strip();
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (text.length() > MAX_TEXT) {
            throw AssessmentProblem.TOO_LONG.at(field, MAX_TEXT);
        }
        return text;
    }
}
