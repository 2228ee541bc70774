package org.planflow.supervision.ui;

import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import org.planflow.inbox.InboxEntry;
import org.planflow.inbox.TaskCompletionService;
import org.planflow.inbox.TaskKinds;
import org.planflow.inbox.TaskWorkspace;
import org.planflow.shared.Outcome;
import org.planflow.shared.TaskKind;
import org.planflow.shared.ui.Callouts;
import org.planflow.shared.ui.Feedback;
import org.planflow.supervision.Quarter;
import org.planflow.supervision.QuarterlyReview;
import org.planflow.supervision.QuarterlyReviewService;
import org.planflow.supervision.SupervisionFields;

/**
 * Where the quarterly report is written and decided: the supervision office edits the compiled draft
 * (QUARTERLY_REPORT); a leader reads it and approves or returns it (APPROVE_QUARTERLY_REPORT).
 */
@org.springframework.stereotype.Component
class QuarterlyReviewWorkspace implements TaskWorkspace {

    private final QuarterlyReviewService reviews;
    private final TaskCompletionService completion;

    QuarterlyReviewWorkspace(QuarterlyReviewService reviews, TaskCompletionService completion) {
        this.reviews = reviews;
        this.completion = completion;
    }

    @Override
    public boolean handles(InboxEntry task) {
        return TaskKind.QUARTERLY_REPORT.is(task.kind()) || TaskKind.APPROVE_QUARTERLY_REPORT.is(task.kind());
    }

    @Override
    public Component open(InboxEntry task, Runnable completed) {
        QuarterlyReview review = reviews.ofProcess(task.processInstanceId());
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        layout.add(new Paragraph(review.planTitle() + "　" + Quarter.parse(review.period()).chinese()),
                new RouterLink(layout.getTranslation("review.title"), QuarterlyReviewView.class, review.id()));
        if (review.returnComment() != null) {
            layout.add(Callouts.warning(new Paragraph(layout.getTranslation("review.returned", review.returns(),
                    review.returnComment()))));
        }
        if (TaskKind.QUARTERLY_REPORT.is(task.kind())) {
            edit(layout, task, review, completed);
        } else {
            decide(layout, task, review, completed);
        }
        return layout;
    }

    private void edit(VerticalLayout layout, InboxEntry task, QuarterlyReview review, Runnable completed) {
        TextArea text = new TextArea(layout.getTranslation("review.text"));
        text.setId("review-edit-text");
        text.setHelperText(layout.getTranslation("review.text.help"));
        text.setValue(review.reportText() == null ? "" : review.reportText());
        text.setWidthFull();
        text.setMinHeight("24em");
        IntegerField days = new IntegerField(layout.getTranslation("review.readWorkingDays"));
        days.setId("review-read-days");
        days.setValue(review.readWorkingDays());
        Map<String, HasValidation> fields = Map.of(SupervisionFields.TEXT, text, SupervisionFields.READ_WORKING_DAYS, days);
        Button submit = new Button(layout.getTranslation("review.submit"), click -> {
            Map<String, Object> body = new HashMap<>();
            body.put(TaskKinds.VAR_OUTCOME, Outcome.SUBMIT.value());
            body.put(SupervisionFields.TEXT, text.getValue());
            body.put(SupervisionFields.READ_WORKING_DAYS, days.getValue());
            if (Feedback.attempt(layout, QuarterlyReviewsView.ERRORS, fields, () -> completion.complete(task.id(), body))) {
                Feedback.success(layout.getTranslation("review.submitted"));
                completed.run();
            }
        });
        submit.setId("review-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        layout.add(text, days, submit);
    }

    private void decide(VerticalLayout layout, InboxEntry task, QuarterlyReview review, Runnable completed) {
        Div text = new Div(review.reportText());
        text.setId("review-text");
        text.getStyle().set("white-space", "pre-wrap").set("max-width", "60em");
        RadioButtonGroup<Outcome> outcome = new RadioButtonGroup<>(layout.getTranslation("review.decision"));
        outcome.setId("review-outcome");
        outcome.setItems(Outcome.APPROVE, Outcome.RETURN);
        outcome.setItemLabelGenerator(value -> layout.getTranslation(value == Outcome.APPROVE ? "review.approve" : "review.return"));
        outcome.setValue(Outcome.APPROVE);
        TextArea comment = new TextArea(layout.getTranslation("review.comment"));
        comment.setId("review-comment");
        comment.setWidthFull();
        Map<String, HasValidation> fields = Map.of(TaskKinds.VAR_OUTCOME, outcome, SupervisionFields.COMMENT, comment);
        Button submit = new Button(layout.getTranslation("review.decided"), click -> {
            Map<String, Object> body = Map.of(TaskKinds.VAR_OUTCOME, outcome.getValue().value(),
                    SupervisionFields.COMMENT, comment.getValue());
            if (Feedback.attempt(layout, QuarterlyReviewsView.ERRORS, fields, () -> completion.complete(task.id(), body))) {
                Feedback.success(layout.getTranslation("review.decided"));
                completed.run();
            }
        });
        submit.setId("review-decide");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        layout.add(text, outcome, comment, submit);
    }
}
