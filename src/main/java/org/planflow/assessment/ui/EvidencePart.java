package org.planflow.assessment.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.planflow.assessment.AssessmentEvidence;
import org.planflow.assessment.AssessmentEvidenceService;
import org.planflow.assessment.AssessmentFields;
import org.planflow.shared.PageRequest;
import org.planflow.shared.AcceptedFileTypes;
import org.planflow.shared.ConflictException;
import org.planflow.shared.Formats;
import org.planflow.shared.InvalidInputException;
import org.planflow.shared.TooLargeException;
import org.planflow.shared.UploadLimit;
import org.planflow.shared.ui.Feedback;
import org.planflow.shared.ui.UploadNote;
import org.planflow.supervision.SupervisionRecords;

/**
 * An indicator's evidence (佐证材料): each file as a download link, each linked progress report by its period,
 * with who added it; while the unit self-assesses, an upload, a picker of the year's progress reports to link,
 * and removal of the unit's own evidence.
 */
class EvidencePart extends VerticalLayout {

    private final long assessmentId;
    private final int itemSeq;
    private final String unitCode;
    private final boolean editable;
    private final transient AssessmentEvidenceService evidence;
    private final transient Supplier<List<AssessmentEvidence>> reload;
    private final transient Function<String, String> people;
    private final UnorderedList list = new UnorderedList();
    private final RefusalNote refusal = new RefusalNote();

    /** {@code reload} gives the indicator's evidence as it is now, {@code people} a username's display name. */
    EvidencePart(long assessmentId, int itemSeq, List<AssessmentEvidence> given, String unitCode, boolean editable,
                 AssessmentEvidenceService evidence, Supplier<List<AssessmentEvidence>> reload,
                 Function<String, String> people, UploadLimit limit, AcceptedFileTypes acceptedTypes) {
        this.assessmentId = assessmentId;
        this.itemSeq = itemSeq;
        this.unitCode = unitCode;
        this.editable = editable;
        this.evidence = evidence;
        this.reload = reload;
        this.people = people;
        setPadding(false);
        setSpacing(false);
        list.setId("evidence-" + itemSeq);
        list.addClassName("assessment-evidence");
        refusal.setId("evidence-refusal-" + itemSeq);
        add(new Span(getTranslation("assessment.task.evidence")), list, refusal);
        show(given);
        if (editable) {
            Upload upload = new Upload();
            UploadNote note = new UploadNote(upload, acceptedTypes, limit, "evidence-upload-problem-" + itemSeq);
            HorizontalLayout tools = new HorizontalLayout(upload(upload, note), reportPicker());
            tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
            add(tools, note);
        }
    }

    /** Where a refusal about the indicator's evidence ({@code scores[i].evidence}) is shown. */
    RefusalNote refusal() {
        return refusal;
    }

    private void show(List<AssessmentEvidence> items) {
        list.removeAll();
        if (items.isEmpty()) {
            list.add(new ListItem(getTranslation("assessment.task.evidence.none")));
        }
        for (AssessmentEvidence item : items) {
            ListItem line = new ListItem();
            line.addClassName("evidence-item");
            if (item.isFile()) {
                Anchor link = new Anchor("api/assessments/" + assessmentId + "/evidence/" + item.id(), item.fileName());
                link.getElement().setAttribute("download", true);
                link.addClassName("evidence-link");
                line.add(link);
            } else {
                line.add(new Span(getTranslation("assessment.task.evidence.report", item.label())));
            }
            line.add(new Span(getTranslation("assessment.task.evidence.added", item.unit().name(), people.apply(item.addedBy()),
                    Formats.dateTime(item.addedAt()))));
            if (editable && item.unit().code().equals(unitCode)) {
                Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                    if (Feedback.attempt(this, AssessmentTaskWorkspace.ERRORS, Map.of(), () -> evidence.remove(assessmentId, item.id()))) {
                        refresh();
                    }
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("assessment.task.evidence.remove"));
                remove.addClassName("evidence-remove");
                line.add(remove);
            }
            list.add(line);
        }
    }

    private void refresh() {
        refusal.setInvalid(false);
        show(reload.get());
    }

    /** The upload request runs outside the UI lock, so its result goes back through access. */
    private Upload upload(Upload upload, UploadNote note) {
        UI ui = UI.getCurrent();
        upload.setId("evidence-upload-" + itemSeq);
        upload.setMaxFiles(1);
        upload.setDropAllowed(false);
        upload.setUploadButton(new Button(getTranslation("assessment.task.evidence.upload"), VaadinIcon.UPLOAD.create()));
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            RuntimeException refused = null;
            try {
                evidence.addFile(assessmentId, itemSeq, metadata.fileName(), metadata.contentType(), bytes);
            } catch (InvalidInputException | ConflictException | TooLargeException e) {
                refused = e;
            }
            RuntimeException failure = refused;
            ui.access(() -> {
                upload.clearFileList();
                note.clear();
                if (failure == null) {
                    refresh();
                } else if (!note.refused(failure, metadata.fileName())) {
                    note.show(Feedback.words(this, failure));
                }
            });
        }));
        return upload;
    }

    private ComboBox<SupervisionRecords.ReportLink> reportPicker() {
        ComboBox<SupervisionRecords.ReportLink> picker = new ComboBox<>(getTranslation("assessment.task.evidence.link"));
        picker.setId("evidence-report-" + itemSeq);
        picker.setManualValidation(true);
        picker.setWidth("20em");
        // A year's reports of one row: at most a few a month, so one page holds them.
        List<SupervisionRecords.ReportLink> reports = evidence.linkableReports(assessmentId, itemSeq,
                PageRequest.first(PageRequest.MAX_SIZE)).items();
        picker.setItems(reports);
        picker.setItemLabelGenerator(report -> getTranslation("assessment.task.evidence.reportOption", report.period(),
                report.percent() == null ? "—" : report.percent(), Formats.date(report.submittedAt())));
        if (reports.isEmpty()) {
            picker.setHelperText(getTranslation("assessment.task.evidence.noReports"));
        }
        picker.addValueChangeListener(change -> {
            if (change.getValue() == null) {
                return;
            }
            if (Feedback.attempt(this, AssessmentTaskWorkspace.ERRORS, Map.of(AssessmentFields.REPORT_ID, picker),
                    () -> evidence.linkReport(assessmentId, itemSeq, change.getValue().reportId()))) {
                picker.clear();
                refresh();
            }
        });
        return picker;
    }
}
