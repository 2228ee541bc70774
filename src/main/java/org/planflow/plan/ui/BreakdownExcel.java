package org.planflow.plan.ui;

import java.util.List;
import java.util.function.Consumer;

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
import org.planflow.importing.BreakdownImportException;
import org.planflow.importing.RowError;
import org.planflow.plan.BreakdownItem;
import org.planflow.plan.PlanImportService;
import org.planflow.shared.InvalidInputException;
import org.planflow.shared.NotFoundException;
import org.planflow.shared.TooLargeException;
import org.planflow.shared.UploadLimit;
import org.planflow.shared.ui.Callouts;
import org.planflow.shared.ui.Feedback;
import org.planflow.shared.ui.FileResponses;
import org.planflow.shared.ui.FileSizes;
import org.planflow.shared.web.Downloads;
import org.planflow.shared.web.FileDownloaded;
import org.springframework.security.access.AccessDeniedException;

/**
 * The breakdown table as a spreadsheet: download the saved table as .xlsx, or read an .xlsx into
 * the editor, where it replaces the rows on screen until the drafter saves. A file with a bad row
 * is refused whole, with every bad row listed.
 */
class BreakdownExcel extends Div {

    private final UnorderedList errors = new UnorderedList();

    /** The export and, with a consumer of read rows, the import; rows come from a file up to the upload limit. */
    BreakdownExcel(long planId, PlanImportService imports, UploadLimit limit, Consumer<List<BreakdownItem>> read) {
        Anchor export = new Anchor();
        export.setHref(DownloadHandler.fromInputStream(event -> export(event, planId)), AttachmentType.DOWNLOAD);
        export.add(new Button(getTranslation("plan.excel.export"), VaadinIcon.DOWNLOAD.create()));
        export.setId("breakdown-export");

        errors.setId("breakdown-import-errors");
        errors.setVisible(false);
        Callouts.error(errors).getStyle().set("padding-left", "var(--lumo-space-l)");
        HorizontalLayout buttons = new HorizontalLayout(export);
        if (read != null) {
            buttons.add(upload(imports, limit, read));
        }
        buttons.setAlignItems(FlexComponent.Alignment.START);
        add(buttons, errors);
    }

    /** Only the export, for readers of the plan. */
    static BreakdownExcel exportOnly(long planId, PlanImportService imports) {
        return new BreakdownExcel(planId, imports, null, null);
    }

    /** The upload request runs outside the UI lock, so its result goes back through access. */
    private Upload upload(PlanImportService imports, UploadLimit limit, Consumer<List<BreakdownItem>> read) {
        UI ui = UI.getCurrent();
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            Runnable outcome;
            try {
                List<BreakdownItem> items = imports.readBreakdown(metadata.fileName(), bytes);
                outcome = () -> {
                    showErrors(List.of(), null);
                    read.accept(items);
                };
            } catch (BreakdownImportException e) {
                outcome = () -> showErrors(e.errors(), null);
            } catch (InvalidInputException e) {
                outcome = () -> showErrors(List.of(), refused(e));
            } catch (TooLargeException e) {
                outcome = () -> showErrors(List.of(), tooLarge(metadata.fileName(), limit));
            }
            Runnable show = outcome;
            ui.access(() -> {
                upload.clearFileList();
                show.run();
            });
        }));
        upload.setId("breakdown-import");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(limit.componentBytes());
        upload.addFileRejectedListener(event -> showErrors(List.of(), tooLarge(event.getFileName(), limit)));
        upload.setAcceptedFileTypes(".xlsx", Downloads.XLSX);
        upload.setDropAllowed(false);
        upload.setUploadButton(new Button(getTranslation("plan.excel.import"), VaadinIcon.UPLOAD.create()));
        return upload;
    }

    private String refused(InvalidInputException e) {
        return getTranslation("plan.excel.refused", Feedback.words(this, e));
    }

    private String tooLarge(String fileName, UploadLimit limit) {
        return getTranslation("upload.tooLarge", fileName, FileSizes.format(limit.bytes()));
    }

    private void showErrors(List<RowError> rows, String fileProblem) {
        errors.removeAll();
        if (fileProblem != null) {
            errors.add(new ListItem(fileProblem));
        }
        if (!rows.isEmpty()) {
            errors.add(new ListItem(getTranslation("plan.excel.rowsRefused")));
        }
        rows.forEach(row -> errors.add(new ListItem(getTranslation("plan.excel.row", row.row(), row.column(),
                getTranslation(row.translationKey(), row.values().toArray())))));
        errors.setVisible(fileProblem != null || !rows.isEmpty());
    }

    /** Runs on the download's own request, so the reader's access is checked then. */
    private static DownloadResponse export(DownloadEvent event, long planId) {
        PlanImportService imports = event.getSession().getService().getInstantiator().getOrCreate(PlanImportService.class);
        Downloads downloads = event.getSession().getService().getInstantiator().getOrCreate(Downloads.class);
        try {
            byte[] workbook = imports.exportBreakdown(planId);
            return FileResponses.of(downloads, FileDownloaded.ofPlan(planId, "breakdown", PlanImportService.breakdownFileName(planId)),
                    Downloads.XLSX, workbook);
        } catch (AccessDeniedException e) {
            return DownloadResponse.error(HttpStatusCode.FORBIDDEN);
        } catch (NotFoundException e) {
            return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
        }
    }
}
