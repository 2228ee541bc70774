package org.planflow.organization.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import org.planflow.organization.ImportSummary;
import org.planflow.organization.OrganizationImportException;
import org.planflow.organization.OrganizationImportService;
import org.planflow.organization.OrganizationProblem;
import org.planflow.organization.SheetRowError;
import org.planflow.shared.ui.Callouts;
import org.planflow.shared.ui.Feedback;
import org.planflow.shared.ui.FileResponses;
import org.planflow.shared.web.Downloads;
import org.planflow.shared.web.FileDownloaded;
import org.springframework.security.access.AccessDeniedException;

/**
 * 批量导入: the template to fill in, and the upload of a filled one, applied all or nothing; a refused
 * workbook lists every bad row with its column and problem.
 */
class OrganizationImportPanel extends Details {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int MAX_BYTES = 10 * 1024 * 1024;

    private final UnorderedList errors = new UnorderedList();

    OrganizationImportPanel(OrganizationImportService imports, Runnable imported) {
        setSummaryText(getTranslation("admin.import.title"));
        setId("organization-import");
        Anchor template = new Anchor();
        template.setHref(DownloadHandler.fromInputStream(OrganizationImportPanel::template), AttachmentType.DOWNLOAD);
        template.add(new Button(getTranslation("admin.import.template"), VaadinIcon.DOWNLOAD.create()));
        template.setId("organization-template");

        UI ui = UI.getCurrent();
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            Runnable outcome;
            try {
                ImportSummary summary = imports.importWorkbook(bytes);
                outcome = () -> {
                    show(List.of());
                    Feedback.success(getTranslation("admin.import.done", summary.unitsCreated(), summary.unitsUpdated(),
                            summary.usersCreated(), summary.usersUpdated()));
                    imported.run();
                };
            } catch (OrganizationImportException e) {
                outcome = () -> show(e.errors());
            }
            Runnable show = outcome;
            ui.access(() -> {
                upload.clearFileList();
                show.run();
            });
        }));
        upload.setId("organization-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes(".xlsx", Downloads.XLSX);
        upload.setDropAllowed(false);
        upload.setUploadButton(new Button(getTranslation("admin.import.upload"), VaadinIcon.UPLOAD.create()));

        errors.setId("organization-import-errors");
        errors.setVisible(false);
        Callouts.error(errors).getStyle().set("padding-left", "var(--lumo-space-l)");
        HorizontalLayout buttons = new HorizontalLayout(template, upload);
        buttons.setAlignItems(FlexComponent.Alignment.START);
        VerticalLayout content = new VerticalLayout(new Paragraph(getTranslation("admin.import.hint")), buttons, errors);
        content.setPadding(false);
        add(content);
    }

    void show(List<SheetRowError> rows) {
        errors.removeAll();
        if (!rows.isEmpty()) {
            errors.add(new ListItem(getTranslation("admin.import.refused")));
        }
        for (SheetRowError row : rows) {
            String problem = getTranslation(OrganizationProblem.valueOf(row.code()).translationKey(), row.values().toArray());
            errors.add(new ListItem(row.row() == 0 ? getTranslation("admin.import.sheet", row.sheet(), problem)
                    : getTranslation("admin.import.row", row.sheet(), row.row(), row.column(), problem)));
        }
        errors.setVisible(!rows.isEmpty());
        setOpened(isOpened() || !rows.isEmpty());
    }

    /** Runs on the download's own request, so the caller's rights are checked then. */
    private static DownloadResponse template(DownloadEvent event) {
        OrganizationImportService imports = event.getSession().getService().getInstantiator()
                .getOrCreate(OrganizationImportService.class);
        Downloads downloads = event.getSession().getService().getInstantiator().getOrCreate(Downloads.class);
        try {
            byte[] workbook = imports.template();
            return FileResponses.of(downloads, FileDownloaded.of(OrganizationImportService.TEMPLATE_DOWNLOAD,
                OrganizationImportService.TEMPLATE_FILE_NAME),
                    Downloads.XLSX, workbook);
        } catch (AccessDeniedException e) {
            return DownloadResponse.error(HttpStatusCode.FORBIDDEN);
        }
    }
}
