package org.planflow.supervision.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.planflow.shared.AcceptedFileTypes;
import org.planflow.shared.Formats;
import org.planflow.shared.InvalidInputException;
import org.planflow.shared.TooLargeException;
import org.planflow.shared.UploadLimit;
import org.planflow.shared.ui.Feedback;
import org.planflow.shared.ui.UploadNote;
import org.planflow.supervision.Evidence;
import org.planflow.supervision.ItemProgressService;
import org.planflow.supervision.SupervisedItem;

/**
 * The item's evidence (佐证材料): each file as a download link (through the API, so access is checked
 * again), and for the lead unit an upload to the current period.
 */
class EvidencePanel extends VerticalLayout {

    EvidencePanel(SupervisedItem item, List<Evidence> evidence, boolean leadUnit, ItemProgressService progress,
                  UploadLimit limit, AcceptedFileTypes acceptedTypes, Runnable changed) {
        setPadding(false);
        setSpacing(false);
        setId("evidence");
        UnorderedList files = new UnorderedList();
        for (Evidence file : evidence) {
            Anchor link = new Anchor("api/supervision/items/" + item.id() + "/evidence/" + file.id(), file.fileName());
            link.getElement().setAttribute("download", true);
            link.addClassName("evidence-link");
            files.add(new ListItem(link, new Span(" " + file.period() + " · " + Formats.dateTime(file.uploadedAt()))));
        }
        if (evidence.isEmpty()) {
            add(new Span(getTranslation("supervision.evidence.none")));
        } else {
            add(files);
        }
        if (leadUnit) {
            Upload upload = new Upload();
            UploadNote note = new UploadNote(upload, acceptedTypes, limit, "evidence-upload-problem");
            add(upload(upload, note, item, progress, changed), note);
        }
    }

    /** The upload request runs outside the UI lock, so its result goes back through access. */
    private Upload upload(Upload upload, UploadNote note, SupervisedItem item, ItemProgressService progress, Runnable changed) {
        UI ui = UI.getCurrent();
        upload.setId("evidence-upload");
        upload.setMaxFiles(1);
        upload.setDropAllowed(false);
        upload.setUploadButton(new Button(getTranslation("supervision.evidence.upload"), VaadinIcon.UPLOAD.create()));
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            Runnable outcome;
            try {
                progress.addEvidence(item.id(), metadata.fileName(), metadata.contentType(), bytes);
                outcome = changed;
            } catch (InvalidInputException | TooLargeException e) {
                outcome = () -> {
                    if (!note.refused(e, metadata.fileName())) {
                        note.show(Feedback.words(this, e));
                    }
                };
            }
            Runnable show = outcome;
            ui.access(() -> {
                upload.clearFileList();
                note.clear();
                show.run();
            });
        }));
        return upload;
    }
}
