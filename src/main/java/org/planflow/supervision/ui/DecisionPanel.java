package org.planflow.supervision.ui;

import java.util.Comparator;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.planflow.inbox.TaskKinds;
import org.planflow.shared.Outcome;
import org.planflow.shared.TaskKind;
import org.planflow.shared.ui.Callouts;
import org.planflow.shared.ui.Feedback;
import org.planflow.supervision.ExtensionRequest;
import org.planflow.supervision.ItemDetail;
import org.planflow.supervision.ItemProgressService;
import org.planflow.supervision.SupervisedItem;
import org.planflow.supervision.SupervisionFields;

/**
 * The supervision office's two-way decisions on what the lead unit sent: a report (accept or return), a
 * DONE report (close the item or reopen it) and an extension request (grant or refuse); the comment is
 * required when sending it back.
 */
class DecisionPanel extends VerticalLayout {

    private record Choice(Outcome outcome, String id, String labelKey) {
    }

    private DecisionPanel(String titleKey, Component subject, Choice yes, Choice no, Consumer<Map<String, Object>> complete) {
        setPadding(false);
        TextArea comment = new TextArea(getTranslation("supervision.review.comment"));
        comment.setId("review-comment");
        comment.setHelperText(getTranslation("supervision.review.comment.help"));
        comment.setMaxLength(ItemProgressService.MAX_TEXT);
        comment.setWidthFull();
        Button accept = button(yes, comment, complete);
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button refuse = button(no, comment, complete);
        refuse.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(new H3(getTranslation(titleKey)), subject, comment, new HorizontalLayout(accept, refuse));
    }

    /** REVIEW_REPORT and VERIFY_CLOSURE: the latest submitted report, prominently. */
    static DecisionPanel review(TaskKind kind, SupervisedItem item, UnaryOperator<String> names,
                                Consumer<Map<String, Object>> complete) {
        Component report = item.latestReport() == null ? new Paragraph() : new ReportCard(item.latestReport(), names);
        if (kind == TaskKind.VERIFY_CLOSURE) {
            return new DecisionPanel("supervision.verify.title", report,
                    new Choice(Outcome.CLOSE, "close-item", "supervision.verify.close"),
                    new Choice(Outcome.REOPEN, "reopen-item", "supervision.verify.reopen"), complete);
        }
        return new DecisionPanel("supervision.review.title", report,
                new Choice(Outcome.ACCEPT, "accept-report", "supervision.review.accept"),
                new Choice(Outcome.RETURN, "return-report", "supervision.review.return"), complete);
    }

    /** REVIEW_EXTENSION: the request still waiting for a decision. */
    static DecisionPanel extension(ItemDetail detail, UnaryOperator<String> names, Consumer<Map<String, Object>> complete) {
        VerticalLayout request = new VerticalLayout();
        request.setId("pending-extension");
        request.setSpacing(false);
        detail.extensions().stream().filter(extension -> extension.decision() == null)
                .max(Comparator.comparing(ExtensionRequest::requestedAt))
                .ifPresent(pending -> {
                    Paragraph dates = new Paragraph(request.getTranslation("supervision.extension.summary", pending.previousDue(),
                            pending.requestedDue()));
                    dates.getStyle().set("font-weight", "bold").set("margin", "0");
                    Paragraph reason = new Paragraph(pending.reason());
                    reason.getStyle().set("white-space", "pre-wrap");
                    request.add(dates, reason, new Span(ReportsGrid.who(names, pending.requestedBy(), pending.requestedAt())));
                    Callouts.warning(request);
                });
        return new DecisionPanel("supervision.extension.review", request,
                new Choice(Outcome.GRANT, "grant-extension", "supervision.extension.grant"),
                new Choice(Outcome.REFUSE, "refuse-extension", "supervision.extension.refuse"), complete);
    }

    private Button button(Choice choice, TextArea comment, Consumer<Map<String, Object>> complete) {
        Button button = new Button(getTranslation(choice.labelKey()), click -> Feedback.attempt(this, SupervisionNotices.ERRORS,
                Map.of(SupervisionFields.COMMENT, comment), () -> complete.accept(Map.of(TaskKinds.VAR_OUTCOME,
                        choice.outcome().value(), SupervisionFields.COMMENT, comment.getValue()))));
        button.setId(choice.id());
        return button;
    }
}
