package org.planflow.supervision.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
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
 * again), and for the lead unit an upload to the current period: a file, or on a phone a photo taken there and then.
 */
class EvidencePanel extends VerticalLayout {

    /** The camera facing away from the user, which photographs the work rather than the clerk. */
    private static final String REAR_CAMERA = "environment";

    private final UnorderedList files = new UnorderedList();
    private final Span none = new Span(getTranslation("supervision.evidence.none"));
    private final long itemId;

    /** {@code changed} runs after a file is added, which the panel already lists. */
    EvidencePanel(SupervisedItem item, List<Evidence> evidence, boolean leadUnit, ItemProgressService progress,
                  UploadLimit limit, AcceptedFileTypes acceptedTypes, Runnable changed) {
        this.itemId = item.id();
        setPadding(false);
        setSpacing(false);
        setId("evidence");
        files.setId("evidence-files");
        add(none, files);
        evidence.forEach(this::list);
        showNone();
        if (leadUnit) {
            Upload upload = new Upload();
            upload.setId("evidence-upload");
            upload.setUploadButton(new Button(getTranslation("supervision.evidence.upload"), VaadinIcon.UPLOAD.create()));
            UploadNote note = new UploadNote(upload, acceptedTypes, limit, "evidence-upload-problem");
            HorizontalLayout uploads = new HorizontalLayout(receive(upload, note, progress, changed));
            String[] photos = acceptedTypes.imageTypes();
            if (photos.length > 0) {
                Upload photo = new Upload();
                photo.setId("evidence-photo");
                photo.setUploadButton(new Button(getTranslation("supervision.evidence.photo"), VaadinIcon.CAMERA.create()));
                // The file input's capture attribute: a phone opens its camera; a desktop browser ignores it, and the
                // phone-only class hides the button there.
                photo.getElement().setProperty("capture", REAR_CAMERA);
                photo.addClassName("phone-only");
                note.watch(photo, photos);
                uploads.addComponentAsFirst(receive(photo, note, progress, changed));
            }
            add(uploads, note);
        }
    }

    private void list(Evidence file) {
        Anchor link = new Anchor("api/supervision/items/" + itemId + "/evidence/" + file.id(), file.fileName());
        link.getElement().setAttribute("download", true);
        link.addClassName("evidence-link");
        files.add(new ListItem(link, new Span(" " + file.period() + " · " + Formats.dateTime(file.uploadedAt()))));
    }

    private void showNone() {
        none.setVisible(files.getChildren().findAny().isEmpty());
        files.setVisible(files.getChildren().findAny().isPresent());
    }

    /** The upload request runs outside the UI lock, so its result goes back through access. */
    private Upload receive(Upload upload, UploadNote note, ItemProgressService progress, Runnable changed) {
        UI ui = UI.getCurrent();
        upload.setMaxFiles(1);
        upload.setDropAllowed(false);
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            Runnable outcome;
            try {
                Evidence added = progress.addEvidence(itemId, metadata.fileName(), metadata.contentType(), bytes);
                outcome = () -> {
                    list(added);
                    showNone();
                    changed.run();
                };
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
