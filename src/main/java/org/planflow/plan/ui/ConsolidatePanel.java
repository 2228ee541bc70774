package org.planflow.plan.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.planflow.consultation.ConsultationFields;
import org.planflow.consultation.Opinion;
import org.planflow.consultation.OpinionDecision;
import org.planflow.inbox.TaskKinds;
import org.planflow.plan.Plan;
import org.planflow.shared.InvalidInputException;
import org.planflow.shared.Outcome;
import org.planflow.shared.ui.Feedback;

/**
 * The drafter answers every opinion of the latest consultation (采纳 / 部分采纳 / 不采纳, with a
 * reason unless adopted), revises the plan in the editor, and sends it to the leaders.
 */
class ConsolidatePanel extends VerticalLayout {

    /** A field of one answer, e.g. answers[1].reason. */
    private static final Pattern ANSWER_FIELD = Pattern.compile(Pattern.quote(ConsultationFields.ANSWERS) + "\\[(\\d+)]\\.(\\w+)");

    private final List<Opinion> opinions;
    private final List<Select<OpinionDecision>> decisions = new ArrayList<>();
    private final List<TextArea> reasons = new ArrayList<>();

    ConsolidatePanel(Plan plan, List<Opinion> latestRound, Consumer<Map<String, Object>> submit) {
        setPadding(false);
        this.opinions = latestRound.stream().filter(Opinion::needsAnswer).toList();
        add(new H3(getTranslation("approval.consolidate.title")));
        Button edit = new Button(getTranslation("approval.draft.edit"), VaadinIcon.EDIT.create(),
                click -> getUI().ifPresent(ui -> ui.navigate("plan-edit/" + plan.id())));
        edit.setId("open-editor");
        add(edit);
        if (opinions.isEmpty()) {
            add(new Paragraph(getTranslation("approval.consolidate.none")));
        }
        for (Opinion opinion : opinions) {
            add(answerBox(opinion));
        }
        long silent = latestRound.size() - opinions.size();
        if (silent > 0) {
            add(new Paragraph(getTranslation("approval.consolidate.silent", silent)));
        }
        Button send = new Button(getTranslation("approval.consolidate.submit"), VaadinIcon.PAPERPLANE.create());
        send.setId("submit-consolidation");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> {
            decisions.forEach(select -> select.setInvalid(false));
            reasons.forEach(reason -> reason.setInvalid(false));
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put(TaskKinds.VAR_OUTCOME, Outcome.SUBMIT.value());
            List<Map<String, Object>> answers = new ArrayList<>();
            for (int i = 0; i < opinions.size(); i++) {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put(ConsultationFields.OPINION_ID, opinions.get(i).id());
                answer.put(ConsultationFields.DECISION, decisions.get(i).getValue() == null ? null : decisions.get(i).getValue().name());
                answer.put(ConsultationFields.REASON, reasons.get(i).getValue());
                answers.add(answer);
            }
            fields.put(ConsultationFields.ANSWERS, answers);
            ApprovalTaskWorkspace.attempt(this, () -> submit.accept(fields), this::showError);
        });
        add(send);
    }

    private Div answerBox(Opinion opinion) {
        String section = opinion.section() == null ? getTranslation("plan.opinion.section.whole") : opinion.section();
        Span from = new Span(opinion.unitName() + " · " + section);
        from.getStyle().set("font-weight", "600");
        Paragraph text = new Paragraph(opinion.text());
        Select<OpinionDecision> decision = new Select<>();
        decision.setId("decision-" + opinion.id());
        decision.setLabel(getTranslation("plan.opinion.decision"));
        decision.setItems(OpinionDecision.values());
        decision.setItemLabelGenerator(value -> getTranslation("plan.decision." + value.name()));
        decision.setValue(opinion.decision());
        TextArea reason = new TextArea(getTranslation("plan.opinion.reason"));
        reason.setId("reason-" + opinion.id());
        reason.setWidthFull();
        reason.setValue(opinion.reason() == null ? "" : opinion.reason());
        decisions.add(decision);
        reasons.add(reason);
        Div box = new Div(from, text, decision, reason);
        box.addClassName("opinion-answer");
        box.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s)").set("width", "100%").set("box-sizing", "border-box");
        return box;
    }

    private void showError(InvalidInputException e) {
        String field = e.field() == null ? "" : e.field();
        Matcher indexed = ANSWER_FIELD.matcher(field);
        if (indexed.matches() && Integer.parseInt(indexed.group(1)) < opinions.size()) {
            int index = Integer.parseInt(indexed.group(1));
            String message = Feedback.words(this, e);
            if (ConsultationFields.REASON.equals(indexed.group(2))) {
                reasons.get(index).setErrorMessage(message);
                reasons.get(index).setInvalid(true);
            } else {
                decisions.get(index).setErrorMessage(message);
                decisions.get(index).setInvalid(true);
            }
        } else {
            ApprovalTaskWorkspace.notify(this, e);
        }
    }
}
