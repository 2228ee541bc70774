package org.planflow.supervision.ui;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.planflow.inbox.TaskKinds;
import org.planflow.shared.Formats;
import org.planflow.shared.Outcome;
import org.planflow.shared.ui.Callouts;
import org.planflow.shared.ui.Feedback;
import org.planflow.supervision.ItemDetail;
import org.planflow.supervision.ItemProgressService;
import org.planflow.supervision.ProgressReport;
import org.planflow.supervision.ReportStatus;
import org.planflow.supervision.SupervisionFields;

/**
 * 报送进展: this period's progress, percent, the value of each of the item's targets, status, problems and next steps, with the cooperating units'
 * parts to draw on. A report the office returned comes back filled in, with its comment on top.
 */
class ReportPanel extends VerticalLayout {

    private final TextArea progress = area("report-progress", "supervision.report.progress");
    private final IntegerField percent = new IntegerField(getTranslation("supervision.report.percent"));
    private final RadioButtonGroup<ReportStatus> status = new RadioButtonGroup<>(getTranslation("supervision.report.status"));
    private final TextArea problems = area("report-problems", "supervision.report.problems");
    private final TextArea nextSteps = area("report-next-steps", "supervision.report.nextSteps");
    private final TargetFields targets;

    /** {@code evidence} is the item's evidence with its upload: a photo or file to send with the report. */
    ReportPanel(ItemDetail detail, UnaryOperator<String> names, EvidencePanel evidence, Consumer<Map<String, Object>> complete) {
        setPadding(false);
        targets = new TargetFields(detail.item().targets());
        add(new H3(getTranslation("supervision.report.title")));
        List<ProgressReport> reports = detail.reports();
        ProgressReport current = reports.isEmpty() ? null : reports.get(reports.size() - 1);
        if (current != null) {
            add(new Paragraph(getTranslation("supervision.report.current", current.period(), Formats.dateTime(current.due()))));
            if (ProgressReport.RETURNED.equals(current.review())) {
                Paragraph returned = new Paragraph(getTranslation("supervision.report.returned",
                        current.reviewComment() == null ? "" : current.reviewComment()));
                returned.setId("report-returned");
                add(Callouts.warning(returned));
                fill(current);
            }
        }
        percent.setId("report-percent");
        percent.setMin(0);
        percent.setMax(100);
        percent.setStepButtonsVisible(true);
        percent.setSuffixComponent(new Span("%"));
        status.setId("report-status");
        status.setItems(ReportStatus.values());
        status.setItemLabelGenerator(value -> getTranslation("supervision.reportStatus." + value.name()));
        problems.setHelperText(getTranslation("supervision.report.problems.help"));

        Button submit = new Button(getTranslation("supervision.report.send"), click -> {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put(TaskKinds.VAR_OUTCOME, Outcome.REPORT.value());
            values.put(SupervisionFields.PROGRESS, progress.getValue());
            values.put(SupervisionFields.PERCENT, percent.getValue());
            values.put(SupervisionFields.STATUS, status.getValue() == null ? null : status.getValue().name());
            values.put(SupervisionFields.PROBLEMS, problems.getValue());
            values.put(SupervisionFields.NEXT_STEPS, nextSteps.getValue());
            values.put(SupervisionFields.TARGET_VALUES, targets.values());
            Map<String, HasValidation> fields = new HashMap<>(targets.byField());
            fields.putAll(Map.of(SupervisionFields.PROGRESS, progress, SupervisionFields.PERCENT, percent,
                    SupervisionFields.STATUS, status, SupervisionFields.PROBLEMS, problems, SupervisionFields.NEXT_STEPS, nextSteps));
            Feedback.attempt(this, SupervisionNotices.ERRORS, fields, () -> complete.accept(values));
        });
        submit.setId("submit-report");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(progress, percent, targets, status, problems, nextSteps, new H4(getTranslation("supervision.section.evidence")), evidence, submit,
                new H4(getTranslation("supervision.section.contributions")), new ContributionsGrid(detail.contributions(), names));
    }

    private void fill(ProgressReport report) {
        progress.setValue(report.progress() == null ? "" : report.progress());
        percent.setValue(report.percent());
        status.setValue(report.status());
        problems.setValue(report.problems() == null ? "" : report.problems());
        nextSteps.setValue(report.nextSteps() == null ? "" : report.nextSteps());
        targets.fill(report.targetValues());
    }

    private TextArea area(String id, String labelKey) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setId(id);
        area.setMaxLength(ItemProgressService.MAX_TEXT);
        area.setWidthFull();
        return area;
    }
}
