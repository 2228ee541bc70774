package org.planflow.assessment.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.planflow.assessment.Assessment;
import org.planflow.assessment.AssessmentFields;
import org.planflow.assessment.AssessmentSheet;
import org.planflow.assessment.Points;
import org.planflow.inbox.TaskCompletionService;
import org.planflow.inbox.TaskKinds;
import org.planflow.shared.Outcome;
import org.planflow.shared.ui.Callouts;
import org.planflow.shared.ui.Feedback;

/**
 * SCORE_ASSESSMENT: the supervision office scores every indicator against the self-scores and evidence, with the
 * district's base and bonus totals as the scores stand; a leader's return comment comes first.
 */
class ScoringPanel extends VerticalLayout {

    private static final String[] COLUMNS = {"seq", "category", "name", "max", "lead", "self", "explanation", "evidence", "office",
        "reason"};

    private final List<OfficeScoreRow> rows = new ArrayList<>();
    private final Span totals = new Span();

    ScoringPanel(String taskId, AssessmentSheet sheet, TaskCompletionService completion, Runnable completed) {
        setPadding(false);
        Assessment assessment = sheet.assessment();
        if (assessment.returnComment() != null) {
            Paragraph returned = Callouts.warning(new Paragraph(getTranslation("assessment.task.returned", assessment.returns(),
                    assessment.returnComment())));
            returned.setId("assessment-return-comment");
            add(returned);
        }
        Div table = new Div();
        table.setId("scoring-table");
        table.setWidthFull();
        table.getStyle().set("display", "grid").set("gap", "var(--lumo-space-xs) var(--lumo-space-s)").set("align-items", "center")
                .set("grid-template-columns", "3em 7em minmax(10em, 2fr) 4em 8em 5em minmax(10em, 2fr) minmax(8em, 1fr) 9em minmax(10em, 2fr)");
        for (String column : COLUMNS) {
            Span header = new Span(getTranslation("assessment.task.column." + column));
            header.getStyle().set("font-weight", "600");
            table.add(header);
        }
        sheet.indicators().forEach(scored -> {
            OfficeScoreRow row = new OfficeScoreRow(assessment.id(), scored, this::showTotals);
            rows.add(row);
            table.add(row);
        });
        totals.setId("scoring-totals");
        showTotals();
        Anchor workbook = new Anchor("api/assessments/" + assessment.id() + "/scoring-table.xlsx",
                getTranslation("assessment.task.scoringTable"));
        workbook.getElement().setAttribute("download", true);
        Button submit = new Button(getTranslation("assessment.task.score.submit"), click -> submit(taskId, completion, completed));
        submit.setId("scoring-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(table, totals, workbook, submit);
    }

    /** The district's totals as the form stands: bonus points count up to the bonus items' points. */
    private void showTotals() {
        BigDecimal base = BigDecimal.ZERO;
        BigDecimal baseMax = BigDecimal.ZERO;
        BigDecimal bonus = BigDecimal.ZERO;
        BigDecimal bonusMax = BigDecimal.ZERO;
        for (OfficeScoreRow row : rows) {
            if (row.indicator().bonus()) {
                bonus = bonus.add(row.counted());
                bonusMax = bonusMax.add(row.indicator().maxPoints());
            } else {
                base = base.add(row.counted());
                baseMax = baseMax.add(row.indicator().maxPoints());
            }
        }
        totals.setText(getTranslation("assessment.task.totals", text(base), text(baseMax), text(bonus.min(bonusMax)), text(bonusMax),
                text(base.add(bonus.min(bonusMax)))));
    }

    private static String text(BigDecimal value) {
        return Points.of(value).toPlainString();
    }

    /** The i-th entry of the body is the i-th changed row, so a refusal of scores[i] lands beside its fields. */
    private void submit(String taskId, TaskCompletionService completion, Runnable completed) {
        List<Map<String, Object>> entries = new ArrayList<>();
        Map<String, HasValidation> fields = new HashMap<>();
        for (OfficeScoreRow row : rows) {
            if (row.changed()) {
                fields.putAll(row.fields(entries.size()));
                entries.add(row.entry());
            }
        }
        Map<String, Object> body = Map.of(TaskKinds.VAR_OUTCOME, Outcome.SUBMIT.value(), AssessmentFields.SCORES, entries);
        // Refusals of rows not sent this time are cleared too.
        rows.forEach(row -> row.fields(0).values().forEach(field -> field.setInvalid(false)));
        if (Feedback.attempt(this, AssessmentTaskWorkspace.ERRORS, fields, () -> completion.complete(taskId, body))) {
            Feedback.success(getTranslation("assessment.task.score.done"));
            completed.run();
        }
    }
}
