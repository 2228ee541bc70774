package org.planflow.calendar.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadHandler;
import org.planflow.calendar.CalendarImportException;
import org.planflow.calendar.ImportResult;
import org.planflow.calendar.WorkingCalendar;
import org.planflow.shared.ui.Callouts;

/** The import of the published holiday arrangement as a CSV file, with the lines it refused. */
class CalendarImport extends VerticalLayout {

    /** The CSV of a few years is a few kilobytes; the limit only stops the wrong file early. */
    private static final int MAX_FILE_BYTES = 1024 * 1024;

    private final transient WorkingCalendar calendar;
    private final SerializableConsumer<ImportResult> onImported;
    private final Div importErrors = new Div();
    private final Upload upload;
    private UI ui;

    /** {@code onImported} hears of every import that succeeded, after it is announced. */
    CalendarImport(WorkingCalendar calendar, SerializableConsumer<ImportResult> onImported) {
        this.calendar = calendar;
        this.onImported = onImported;
        setPadding(false);
        setWidthFull();

        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> importFile(bytes)));
        upload.setId("calendar-import");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setUploadButton(new Button(getTranslation("calendar.import.button"), VaadinIcon.UPLOAD.create()));
        upload.setDropLabel(new Span(getTranslation("calendar.import.drop")));

        importErrors.setId("calendar-import-errors");
        importErrors.setVisible(false);
        Callouts.error(importErrors);

        Paragraph hint = new Paragraph(getTranslation("calendar.import.hint"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)").set("margin", "0");
        H3 importTitle = new H3(getTranslation("calendar.import.title"));
        importTitle.getStyle().set("margin", "var(--lumo-space-m) 0 0");
        add(importTitle, hint, upload, importErrors);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // The upload arrives on a request of its own, outside the UI lock; it reports back through this UI.
        ui = attachEvent.getUI();
    }

    /** Runs on the upload's request: the import outside the UI lock, the outcome shown under it. */
    private void importFile(byte[] bytes) {
        Runnable show;
        try {
            ImportResult result = calendar.importCsv(new ByteArrayInputStream(bytes));
            show = () -> imported(result);
        } catch (CalendarImportException e) {
            show = () -> refused(e.problems());
        }
        Runnable outcome = show;
        if (ui != null) {
            ui.access(() -> {
                upload.clearFileList();
                outcome.run();
            });
        }
    }

    private void imported(ImportResult result) {
        importErrors.removeAll();
        importErrors.setVisible(false);
        String years = result.years().stream().map(String::valueOf).collect(Collectors.joining("、"));
        Notification.show(getTranslation("calendar.import.done", years, String.valueOf(result.days())), 5000,
                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        onImported.accept(result);
    }

    private void refused(List<CalendarImportException.LineProblem> problems) {
        importErrors.removeAll();
        UnorderedList lines = new UnorderedList();
        lines.getStyle().set("margin", "var(--lumo-space-xs) 0 0");
        for (CalendarImportException.LineProblem problem : problems) {
            String reason = getTranslation(problem.problem().translationKey(), problem.values().toArray());
            ListItem line = new ListItem(getTranslation("calendar.import.line", String.valueOf(problem.line()), reason));
            line.addClassName("calendar-import-error");
            lines.add(line);
        }
        importErrors.add(new Span(getTranslation("calendar.import.refused")), lines);
        importErrors.setVisible(true);
    }
}
