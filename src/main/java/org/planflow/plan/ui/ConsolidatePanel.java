package org.planflow.plan.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

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
import org.planflow.consultation.Opinion;
import org.planflow.consultation.OpinionDecision;
import org.planflow.plan.Plan;
import org.planflow.shared.InvalidInputException;
import org.planflow.shared.ui.FieldMessages;

/**
 * The drafter answers every opinion of the latest consultation (采纳 / 部分采纳 / 不采纳, with a
 * reason unless adopted), revises the plan in the editor, and sends it to the leaders.
 */
class ConsolidatePanel extends VerticalLayout {

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
            fields.put("outcome", "submit");
            List<Map<String, Object>> answers = new ArrayList<>();
            for (int i = 0; i < opinions.size(); i++) {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("opinionId", opinions.get(i).id());
                answer.put("decision", decisions.get(i).getValue() == null ? null : decisions.get(i).getValue().name());
                answer.put("reason", reasons.get(i).getValue());
                answers.add(answer);
            }
            fields.put("answers", answers);
            ApprovalTaskWorkspace.attempt(() -> submit.accept(fields), this::showError);
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
        java.util.regex.Matcher indexed = java.util.regex.Pattern.compile("answers\\[(\\d+)]\\.(\\w+)").matcher(field);
        if (indexed.matches() && Integer.parseInt(indexed.group(1)) < opinions.size()) {
            int index = Integer.parseInt(indexed.group(1));
            String message = FieldMessages.of(this, ApprovalTaskWorkspace.ERRORS, e);
            if ("reason".equals(indexed.group(2))) {
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
