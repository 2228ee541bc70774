package org.planflow.supervision.ui;

import java.util.Comparator;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.planflow.inbox.TaskKinds;
import org.planflow.shared.Formats;
import org.planflow.shared.Outcome;
import org.planflow.shared.ui.Callouts;
import org.planflow.shared.ui.Feedback;
import org.planflow.supervision.ItemDetail;
import org.planflow.supervision.ItemProgressService;
import org.planflow.supervision.SupervisionFields;
import org.planflow.supervision.SupervisionNotice;

/** 答复督办单: the open notice, as the office wrote it, and the lead unit head's answer. */
class NoticeAnswerPanel extends VerticalLayout {

    NoticeAnswerPanel(ItemDetail detail, UnaryOperator<String> names, Consumer<Map<String, Object>> complete) {
        setPadding(false);
        add(new H3(getTranslation("supervision.notice.answerTitle")));
        detail.notices().stream().filter(notice -> notice.answeredAt() == null)
                .max(Comparator.comparing(SupervisionNotice::issuedAt)).ifPresent(notice -> {
                    VerticalLayout open = new VerticalLayout();
                    open.setId("open-notice");
                    open.setSpacing(false);
                    Paragraph number = new Paragraph(getTranslation("supervision.notice.heading", notice.number(),
                            Formats.dateTime(notice.answerDue())));
                    number.getStyle().set("font-weight", "bold").set("margin", "0");
                    Paragraph text = new Paragraph(notice.text());
                    text.getStyle().set("white-space", "pre-wrap");
                    open.add(number, text, new Paragraph(ReportsGrid.who(names, notice.issuedBy(), notice.issuedAt())));
                    add(Callouts.warning(open));
                });
        TextArea answer = new TextArea(getTranslation("supervision.notice.answer"));
        answer.setId("notice-answer");
        answer.setMaxLength(ItemProgressService.MAX_TEXT);
        answer.setWidthFull();
        answer.setMinHeight("8em");
        Button send = new Button(getTranslation("supervision.notice.answerSend"), click -> Feedback.attempt(this, SupervisionNotices.ERRORS,
                Map.of(SupervisionFields.TEXT, answer), () -> complete.accept(Map.of(TaskKinds.VAR_OUTCOME,
                        Outcome.ANSWER.value(), SupervisionFields.TEXT, answer.getValue()))));
        send.setId("answer-notice");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(answer, send);
    }
}
