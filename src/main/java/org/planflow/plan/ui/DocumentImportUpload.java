package org.planflow.plan.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.planflow.importing.DocumentImportException;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanImportService;
import org.planflow.shared.InvalidInputException;
import org.planflow.shared.TooLargeException;
import org.planflow.shared.UploadLimit;
import org.planflow.shared.ui.Callouts;
import org.planflow.shared.ui.Feedback;
import org.planflow.shared.ui.FileSizes;

/**
 * A .docx or .txt becomes a new draft. A refused file is explained right below the upload, in the
 * user's language. The upload request runs outside the UI lock, so results go back through access.
 */
class DocumentImportUpload extends Div {

    private final Span problem = new Span();

    DocumentImportUpload(PlanImportService imports, UploadLimit limit, Consumer<Plan> imported) {
        UI ui = UI.getCurrent();
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            Runnable outcome;
            try {
                Plan plan = imports.importDocument(metadata.fileName(), bytes);
                outcome = () -> {
                    show(null);
                    imported.accept(plan);
                };
            } catch (DocumentImportException e) {
                outcome = () -> show(getTranslation(e.translationKey(), e.values().toArray()));
            } catch (TooLargeException e) {
                outcome = () -> show(getTranslation("upload.tooLarge", metadata.fileName(), FileSizes.format(limit.bytes())));
            } catch (InvalidInputException e) {
                outcome = () -> show(getTranslation("plan.import.refused", Feedback.words(this, e)));
            }
            Runnable result = outcome;
            ui.access(() -> {
                upload.clearFileList();
                result.run();
            });
        }));
        upload.setId("import-plan");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(limit.componentBytes());
        upload.setAcceptedFileTypes(".docx", ".txt");
        upload.setUploadButton(new Button(getTranslation("plan.import.button"), VaadinIcon.UPLOAD.create()));
        upload.setDropAllowed(false);
        upload.addFileRejectedListener(event -> show(getTranslation("upload.tooLarge", event.getFileName(),
                FileSizes.format(limit.bytes()))));

        problem.setId("import-plan-problem");
        problem.setVisible(false);
        Callouts.error(problem).getStyle().set("display", "block").set("max-width", "32em");
        add(upload, problem);
    }

    private void show(String message) {
        problem.setText(message == null ? "" : message);
        problem.setVisible(message != null);
    }
}
