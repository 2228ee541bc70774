package org.planflow.assessment.ui;

import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.planflow.assessment.AssessmentFields;
import org.planflow.assessment.AssessmentResult;
import org.planflow.inbox.TaskCompletionService;
import org.planflow.inbox.TaskKinds;
import org.planflow.shared.Outcome;
import org.planflow.shared.ui.Feedback;

/** APPROVE_ASSESSMENT: a leader reads the results and approves them, or returns them to the office with a comment. */
class ApprovalPanel extends VerticalLayout {

    ApprovalPanel(String taskId, AssessmentResult result, TaskCompletionService completion, Runnable completed) {
        setPadding(false);
        long id = result.assessment().id();
        Anchor workbook = new Anchor("api/assessments/" + id + "/scoring-table.xlsx", getTranslation("assessment.task.scoringTable"));
        workbook.getElement().setAttribute("download", true);
        Anchor report = new Anchor("api/assessments/" + id + "/self-evaluation.docx", getTranslation("assessment.task.selfEvaluation"));
        report.getElement().setAttribute("download", true);
        RadioButtonGroup<Outcome> outcome = new RadioButtonGroup<>(getTranslation("assessment.task.decision"));
        outcome.setId("assessment-outcome");
        outcome.setItems(Outcome.APPROVE, Outcome.RETURN);
        outcome.setItemLabelGenerator(value -> getTranslation(value == Outcome.APPROVE ? "assessment.task.approve"
                : "assessment.task.return"));
        outcome.setValue(Outcome.APPROVE);
        TextArea comment = new TextArea(getTranslation("assessment.task.comment"));
        comment.setId("assessment-comment");
        comment.setManualValidation(true);
        comment.setWidthFull();
        Map<String, HasValidation> fields = Map.of(TaskKinds.VAR_OUTCOME, outcome, AssessmentFields.COMMENT, comment);
        Button decide = new Button(getTranslation("assessment.task.decide"), click -> {
            Map<String, Object> body = new HashMap<>();
            body.put(TaskKinds.VAR_OUTCOME, outcome.getValue() == null ? null : outcome.getValue().value());
            body.put(AssessmentFields.COMMENT, comment.getValue());
            if (Feedback.attempt(this, AssessmentTaskWorkspace.ERRORS, fields, () -> completion.complete(taskId, body))) {
                Feedback.success(getTranslation(outcome.getValue() == Outcome.RETURN ? "assessment.task.returnedDone"
                        : "assessment.task.approvedDone"));
                completed.run();
            }
        });
        decide.setId("assessment-decide");
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new ResultsSummary(result), workbook, report, outcome, comment, decide);
    }
}
