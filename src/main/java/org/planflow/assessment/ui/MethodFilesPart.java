package org.planflow.assessment.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import org.planflow.assessment.AssessmentMethodService;
import org.planflow.assessment.MethodImportException;
import org.planflow.assessment.MethodRowError;
import org.planflow.shared.InvalidInputException;
import org.planflow.shared.NotFoundException;
import org.planflow.shared.UploadLimit;
import org.planflow.shared.ui.Callouts;
import org.planflow.shared.ui.Feedback;
import org.planflow.shared.ui.FileResponses;
import org.planflow.shared.ui.FileSizes;
import org.planflow.shared.web.Downloads;
import org.planflow.shared.web.FileDownloaded;
import org.springframework.security.access.AccessDeniedException;

/**
 * The method as a workbook: download it (the empty template where there is none yet) and upload a filled one, which
 * is kept at once when every row is right, else refused whole with every bad cell listed below the buttons.
 */
class MethodFilesPart extends Div {

    static final String FILE_NAME = "考核办法.xlsx";

    private final UnorderedList errors = new UnorderedList();

    /** {@code uploaded} runs once a workbook was kept; {@code total} is the stated total on screen when it is uploaded. */
    MethodFilesPart(long planId, AssessmentMethodService methods, UploadLimit limit, Supplier<BigDecimal> total,
                    Runnable uploaded) {
        Anchor download = new Anchor();
        download.setHref(DownloadHandler.fromInputStream(event -> download(event, planId)), AttachmentType.DOWNLOAD);
        download.add(new Button(getTranslation("assessment.method.download"), VaadinIcon.DOWNLOAD.create()));
        download.setId("method-download");
        errors.setId("method-upload-errors");
        errors.setVisible(false);
        Callouts.error(errors).getStyle().set("padding-left", "var(--lumo-space-l)");
        HorizontalLayout buttons = new HorizontalLayout(download, upload(planId, methods, limit, total, uploaded));
        buttons.setAlignItems(FlexComponent.Alignment.START);
        add(buttons, errors);
    }

    /** The upload request runs outside the UI lock, so its result goes back through access. */
    private Upload upload(long planId, AssessmentMethodService methods, UploadLimit limit,
                          Supplier<BigDecimal> total, Runnable uploaded) {
        UI ui = UI.getCurrent();
        Upload upload = new Upload();
        BigDecimal[] stated = new BigDecimal[1];
        upload.addStartedListener(event -> stated[0] = total.get());
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            Runnable outcome;
            try {
                methods.upload(planId, bytes, stated[0]);
                outcome = () -> {
                    show(List.of(), null);
                    Feedback.success(getTranslation("assessment.method.saved"));
                    uploaded.run();
                };
            } catch (MethodImportException e) {
                outcome = () -> show(e.errors(), null);
            } catch (InvalidInputException e) {
                outcome = () -> show(List.of(), Feedback.words(this, e));
            }
            Runnable result = outcome;
            ui.access(() -> {
                upload.clearFileList();
                result.run();
            });
        }));
        upload.setId("method-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(limit.componentBytes());
        upload.addFileRejectedListener(event -> show(List.of(),
                getTranslation("upload.tooLarge", event.getFileName(), FileSizes.format(limit.bytes()))));
        upload.setAcceptedFileTypes(".xlsx", Downloads.XLSX);
        upload.setDropAllowed(false);
        upload.setUploadButton(new Button(getTranslation("assessment.method.upload"), VaadinIcon.UPLOAD.create()));
        return upload;
    }

    /** Shows what refused a workbook: the problem of the file as a whole, or every bad cell. */
    void show(List<MethodRowError> rows, String fileProblem) {
        errors.removeAll();
        if (fileProblem != null) {
            errors.add(new ListItem(fileProblem));
        }
        if (!rows.isEmpty()) {
            errors.add(new ListItem(getTranslation("assessment.method.rowsRefused")));
        }
        rows.forEach(row -> errors.add(new ListItem(getTranslation("assessment.method.row", row.row(), row.column(),
                getTranslation(row.translationKey(), row.values().toArray())))));
        errors.setVisible(fileProblem != null || !rows.isEmpty());
    }

    /** Runs on the download's own request, so the reader's access is checked then. */
    private static DownloadResponse download(DownloadEvent event, long planId) {
        AssessmentMethodService methods = event.getSession().getService().getInstantiator().getOrCreate(AssessmentMethodService.class);
        Downloads downloads = event.getSession().getService().getInstantiator().getOrCreate(Downloads.class);
        try {
            return FileResponses.of(downloads, FileDownloaded.ofPlan(planId, "assessment-method", FILE_NAME), Downloads.XLSX,
                    methods.workbook(planId));
        } catch (AccessDeniedException e) {
            return DownloadResponse.error(HttpStatusCode.FORBIDDEN);
        } catch (NotFoundException e) {
            return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
        }
    }
}
