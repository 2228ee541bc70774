package org.planflow.assessment.ui;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import org.planflow.assessment.AssessmentEvidence;
import org.planflow.assessment.AssessmentFields;
import org.planflow.assessment.Indicator;
import org.planflow.assessment.ScoredIndicator;

/**
 * One indicator as the office scores it: what the lead unit claimed and why, its evidence, and the office's
 * score (its previous one, else the self-score) with the reason. Its cells sit in the scoring table's grid.
 */
class OfficeScoreRow extends Div {

    private final ScoredIndicator scored;
    private final NumberField score;
    private final TextField reason = new TextField();

    OfficeScoreRow(long assessmentId, ScoredIndicator scored, Runnable changed) {
        this.scored = scored;
        Indicator indicator = scored.indicator();
        setId("office-row-" + indicator.itemSeq());
        addClassName("office-score-row");
        getStyle().set("display", "contents");
        score = PointFields.field(indicator.maxPoints(), scored.officeScore() != null ? scored.officeScore() : scored.selfScore());
        score.setId("office-score-" + indicator.itemSeq());
        score.setAriaLabel(getTranslation("assessment.task.column.office"));
        score.addValueChangeListener(change -> changed.run());
        reason.setId("office-reason-" + indicator.itemSeq());
        reason.setAriaLabel(getTranslation("assessment.task.column.reason"));
        reason.setManualValidation(true);
        reason.setValue(scored.officeScore() == null ? "" : Objects.requireNonNullElse(scored.reason(), ""));
        reason.setWidthFull();
        Span self = new Span(scored.selfScore() == null ? getTranslation("assessment.task.notSelfAssessed")
                : PointFields.text(scored.selfScore()));
        self.addClassName("self-score");
        add(new Span(String.valueOf(indicator.itemSeq())), new Span(indicator.category()), new Span(indicator.name()),
                new Span(PointFields.text(indicator.maxPoints())),
                new Span(indicator.leadUnit() == null ? "—" : indicator.leadUnit().name()), self,
                new Span(Objects.requireNonNullElse(scored.explanation(), "")), evidence(assessmentId), score, reason);
    }

    private Component evidence(long assessmentId) {
        Div links = new Div();
        links.addClassName("evidence-links");
        for (AssessmentEvidence item : scored.evidence()) {
            if (item.isFile()) {
                Anchor link = new Anchor("api/assessments/" + assessmentId + "/evidence/" + item.id(), item.fileName());
                link.getElement().setAttribute("download", true);
                links.add(new Div(link));
            } else {
                links.add(new Div(getTranslation("assessment.task.evidence.report", item.label())));
            }
        }
        return links;
    }

    Indicator indicator() {
        return scored.indicator();
    }

    /** The score that counts as the form stands: the office's, else the self-score, else none. */
    BigDecimal counted() {
        BigDecimal office = PointFields.of(score.getValue());
        return office != null ? office : Objects.requireNonNullElse(scored.selfScore(), BigDecimal.ZERO);
    }

    /** Sent only where the office changes the self-score or says something about it; the rest keep their self-score. */
    boolean changed() {
        BigDecimal office = PointFields.of(score.getValue());
        BigDecimal self = Objects.requireNonNullElse(scored.selfScore(), BigDecimal.ZERO);
        return !reason.getValue().isBlank() || office != null && office.compareTo(self) != 0;
    }

    Map<String, Object> entry() {
        Map<String, Object> entry = new HashMap<>();
        entry.put(AssessmentFields.ITEM_SEQ, scored.indicator().itemSeq());
        entry.put(AssessmentFields.SCORE, PointFields.of(score.getValue()));
        entry.put(AssessmentFields.REASON, reason.getValue());
        return entry;
    }

    Map<String, HasValidation> fields(int i) {
        return Map.of(AssessmentFields.ofScore(i, AssessmentFields.SCORE), score,
                AssessmentFields.ofScore(i, AssessmentFields.REASON), reason,
                AssessmentFields.ofScore(i, AssessmentFields.ITEM_SEQ), score);
    }
}
