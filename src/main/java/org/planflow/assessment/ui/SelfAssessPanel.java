package org.planflow.assessment.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.planflow.assessment.AssessmentEvidence;
import org.planflow.assessment.AssessmentEvidenceService;
import org.planflow.assessment.AssessmentFields;
import org.planflow.assessment.AssessmentSheet;
import org.planflow.assessment.Indicator;
import org.planflow.assessment.ScoredIndicator;
import org.planflow.inbox.TaskCompletionService;
import org.planflow.inbox.TaskKinds;
import org.planflow.shared.AcceptedFileTypes;
import org.planflow.shared.Formats;
import org.planflow.shared.Outcome;
import org.planflow.shared.UploadLimit;
import org.planflow.shared.ui.Feedback;

/**
 * SELF_ASSESS: a responsible unit's indicators, each with what it asks and its evidence; the indicators the unit
 * leads with their self-scores and explanation; submitted once, after a confirmation.
 */
class SelfAssessPanel extends VerticalLayout {

    /** What the panel needs of the assessment feature besides the sheet. */
    record Services(AssessmentEvidenceService evidence, Function<Integer, List<AssessmentEvidence>> evidenceOf,
                    Function<String, String> people, UploadLimit limit, AcceptedFileTypes acceptedTypes,
                    TaskCompletionService completion) {
    }

    private final List<SelfScorePart> scored = new ArrayList<>();
    private final List<EvidencePart> evidenceParts = new ArrayList<>();

    SelfAssessPanel(String taskId, AssessmentSheet sheet, String unitCode, Services services, Runnable completed) {
        setPadding(false);
        List<ScoredIndicator> own = sheet.indicators().stream().filter(item -> item.indicator().isResponsible(unitCode)).toList();
        long leads = own.stream().filter(item -> item.indicator().isLead(unitCode)).count();
        Paragraph intro = new Paragraph(getTranslation("assessment.task.self.intro", own.size(), leads,
                Formats.dateTime(sheet.assessment().deadline())));
        intro.setId("self-assess-intro");
        add(intro);
        for (ScoredIndicator item : own) {
            add(card(sheet.assessment().id(), item, unitCode, services));
        }
        Button submit = new Button(getTranslation("assessment.task.self.submit"), click -> confirm(taskId, services, completed));
        submit.setId("self-assess-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(submit);
    }

    private VerticalLayout card(long assessmentId, ScoredIndicator item, String unitCode, Services services) {
        Indicator indicator = item.indicator();
        boolean lead = indicator.isLead(unitCode);
        VerticalLayout card = new VerticalLayout();
        card.setId("indicator-" + indicator.itemSeq());
        card.addClassName("assessment-indicator");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)");
        card.add(new H4(getTranslation("assessment.task.indicator.title", indicator.itemSeq(), indicator.name())));
        Span facts = new Span(getTranslation("assessment.task.indicator.facts", indicator.category(),
                PointFields.text(indicator.maxPoints()), indicator.leadUnit() == null ? "—" : indicator.leadUnit().name()));
        facts.addClassName("indicator-facts");
        card.add(facts);
        if (indicator.bonus()) {
            Span bonus = new Span(getTranslation("assessment.task.bonus"));
            bonus.getElement().getThemeList().add("badge success small");
            card.add(bonus);
        }
        if (indicator.scoringMethod() != null && !indicator.scoringMethod().isBlank()) {
            card.add(new Paragraph(getTranslation("assessment.task.method", indicator.scoringMethod())));
        }
        if (!lead) {
            card.add(new Span(getTranslation("assessment.task.self.notLead", indicator.leadUnit().name())));
        }
        SelfScorePart scores = new SelfScorePart(item, lead);
        Supplier<List<AssessmentEvidence>> reload = () -> services.evidenceOf().apply(indicator.itemSeq());
        EvidencePart evidence = new EvidencePart(assessmentId, indicator.itemSeq(), item.evidence(), unitCode, true,
                services.evidence(), reload, services.people(), services.limit(), services.acceptedTypes());
        card.add(scores, evidence);
        if (lead) {
            scored.add(scores);
            evidenceParts.add(evidence);
        }
        return card;
    }

    private void confirm(String taskId, Services services, Runnable completed) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("self-assess-confirm");
        dialog.setHeader(getTranslation("assessment.task.self.confirm.title"));
        dialog.setText(getTranslation("assessment.task.self.confirm.text", scored.size()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("assessment.task.self.submit"));
        dialog.addConfirmListener(event -> submit(taskId, services, completed));
        dialog.open();
    }

    /** The i-th entry of the body is the i-th led indicator, so a refusal of scores[i] lands beside its fields. */
    private void submit(String taskId, Services services, Runnable completed) {
        List<Map<String, Object>> entries = new ArrayList<>();
        Map<String, HasValidation> fields = new HashMap<>();
        for (int i = 0; i < scored.size(); i++) {
            entries.add(scored.get(i).entry());
            fields.putAll(scored.get(i).fields(i));
            fields.put(AssessmentFields.ofScore(i, AssessmentFields.EVIDENCE), evidenceParts.get(i).refusal());
        }
        Map<String, Object> body = Map.of(TaskKinds.VAR_OUTCOME, Outcome.SUBMIT.value(), AssessmentFields.SCORES, entries);
        if (Feedback.attempt(this, AssessmentTaskWorkspace.ERRORS, fields, () -> services.completion().complete(taskId, body))) {
            Feedback.success(getTranslation("assessment.task.self.done"));
            completed.run();
        }
    }
}
