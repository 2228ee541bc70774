package org.planflow.assessment.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import org.planflow.assessment.AssessmentFields;
import org.planflow.assessment.Criterion;
import org.planflow.assessment.Indicator;
import org.planflow.assessment.ScoredIndicator;

/**
 * An indicator's criteria (text, points, 需佐证), and for its lead unit a score per criterion (or one score where
 * it has none), the total as the assessment counts it (their sum, at most the indicator's points) and the
 * explanation (自评说明).
 */
class SelfScorePart extends VerticalLayout {

    private final Indicator indicator;
    private final Map<Integer, NumberField> criterionScores = new LinkedHashMap<>();
    private NumberField score;
    private TextArea explanation;
    private Span total;

    SelfScorePart(ScoredIndicator scored, boolean lead) {
        this.indicator = scored.indicator();
        setPadding(false);
        setSpacing(false);
        Map<Integer, BigDecimal> given = new HashMap<>();
        scored.criteria().stream().filter(c -> c.selfScore() != null).forEach(c -> given.put(c.criterion().index(), c.selfScore()));
        for (Criterion criterion : indicator.criteria()) {
            HorizontalLayout row = new HorizontalLayout(new Span(criterion.text()),
                    new Span(getTranslation("assessment.task.points", PointFields.text(criterion.points()))));
            row.addClassName("assessment-criterion");
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            if (criterion.evidenceRequired()) {
                Span mark = new Span(getTranslation("assessment.task.evidenceRequired"));
                mark.getElement().getThemeList().add("badge contrast small");
                row.add(mark);
            }
            if (lead) {
                NumberField field = PointFields.field(criterion.points(), given.get(criterion.index()));
                field.setId("self-score-" + indicator.itemSeq() + "-" + criterion.index());
                field.setAriaLabel(criterion.text());
                field.addValueChangeListener(change -> showTotal());
                criterionScores.put(criterion.index(), field);
                row.add(field);
            }
            add(row);
        }
        if (lead) {
            scoreFields(scored);
        }
    }

    private void scoreFields(ScoredIndicator scored) {
        if (criterionScores.isEmpty()) {
            score = PointFields.field(indicator.maxPoints(), scored.selfScore());
            score.setLabel(getTranslation("assessment.task.selfScore"));
            score.setId("self-score-" + indicator.itemSeq());
            add(score);
        } else {
            total = new Span();
            total.setId("self-total-" + indicator.itemSeq());
            add(new Div(total));
            showTotal();
        }
        explanation = new TextArea(getTranslation("assessment.task.explanation"));
        explanation.setId("self-explanation-" + indicator.itemSeq());
        explanation.setValue(Objects.requireNonNullElse(scored.explanation(), ""));
        explanation.setManualValidation(true);
        explanation.setWidthFull();
        add(explanation);
    }

    /** The sum of the criteria's scores, capped at the indicator's points as the assessment counts it. */
    private void showTotal() {
        BigDecimal sum = criterionScores.values().stream().map(field -> PointFields.of(field.getValue())).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add).min(indicator.maxPoints());
        total.setText(getTranslation("assessment.task.total", PointFields.text(sum), PointFields.text(indicator.maxPoints())));
    }

    /** The entry of the SELF_ASSESS body's {@code scores} list. */
    Map<String, Object> entry() {
        Map<String, Object> entry = new HashMap<>();
        entry.put(AssessmentFields.ITEM_SEQ, indicator.itemSeq());
        entry.put(AssessmentFields.EXPLANATION, explanation.getValue());
        if (criterionScores.isEmpty()) {
            entry.put(AssessmentFields.SCORE, PointFields.of(score.getValue()));
        } else {
            List<Map<String, Object>> criteria = new ArrayList<>();
            criterionScores.forEach((index, field) -> {
                Map<String, Object> criterion = new HashMap<>();
                criterion.put(AssessmentFields.INDEX, index);
                criterion.put(AssessmentFields.SCORE, PointFields.of(field.getValue()));
                criteria.add(criterion);
            });
            entry.put(AssessmentFields.CRITERIA, criteria);
        }
        return entry;
    }

    /** This part's fields under the names a refusal of the {@code i}-th entry gives them. */
    Map<String, HasValidation> fields(int i) {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put(AssessmentFields.ofScore(i, AssessmentFields.EXPLANATION), explanation);
        if (score != null) {
            fields.put(AssessmentFields.ofScore(i, AssessmentFields.SCORE), score);
        }
        int j = 0;
        for (NumberField field : criterionScores.values()) {
            fields.put(AssessmentFields.ofCriterion(i, j++, AssessmentFields.SCORE), field);
        }
        return fields;
    }
}
