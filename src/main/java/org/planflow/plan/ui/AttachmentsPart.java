package org.planflow.plan.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import org.planflow.plan.AttachmentInfo;
import org.planflow.plan.PlanAttachmentService;
import org.planflow.shared.AcceptedFileTypes;
import org.planflow.shared.ConflictException;
import org.planflow.shared.InvalidInputException;
import org.planflow.shared.NotFoundException;
import org.planflow.shared.TooLargeException;
import org.planflow.shared.UploadLimit;
import org.planflow.shared.ui.Feedback;
import org.planflow.shared.ui.FileSizes;
import org.planflow.shared.ui.UploadNote;
import org.springframework.security.access.AccessDeniedException;

/**
 * The attachments of the plan being edited: uploaded and removed at once, apart from Save, each
 * listed with its size and a download link.
 */
class AttachmentsPart extends VerticalLayout {

    private final transient PlanAttachmentService plans;
    private final long planId;
    private final Div attachmentList = new Div();
    private final Upload upload;

    private final UploadNote note;

    AttachmentsPart(PlanAttachmentService plans, long planId, List<AttachmentInfo> attachments, UploadLimit limit,
                    AcceptedFileTypes acceptedTypes) {
        this.plans = plans;
        this.planId = planId;
        setPadding(false);
        // The browser's size limit is only advice; this one refuses a larger file before it is read into memory.
        InMemoryUploadHandler handler = new InMemoryUploadHandler(this::attach) {
            @Override
            public long getFileSizeMax() {
                return limit.bytes();
            }
        };
        upload = new Upload(handler);
        upload.setId("attachment-upload");
        note = new UploadNote(upload, acceptedTypes, limit, "attachment-upload-problem");
        upload.setUploadButton(new Button(getTranslation("plan.attachment.upload"), VaadinIcon.UPLOAD.create()));
        upload.setDropLabel(new Span(getTranslation("plan.attachment.drop", FileSizes.format(limit.bytes()))));
        attachmentList.setId("attachment-list");
        show(attachments);
        Paragraph hint = new Paragraph(getTranslation("plan.attachment.hint"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)").set("margin", "0");
        add(hint, attachmentList, upload, note);
    }

    /** Runs when the upload completes, inside the UI's lock. */
    private void attach(UploadMetadata metadata, byte[] content) {
        // The list below shows the stored attachments; the upload's own list would repeat them.
        upload.clearFileList();
        note.clear();
        try {
            plans.addAttachment(planId, metadata.fileName(), metadata.contentType(), content);
            Feedback.success(getTranslation("plan.attachment.added", metadata.fileName()));
        } catch (InvalidInputException | TooLargeException e) {
            if (!note.refused(e, metadata.fileName())) {
                note.show(getTranslation("plan.attachment.refused", metadata.fileName()));
            }
        } catch (ConflictException | AccessDeniedException e) {
            Feedback.error(getTranslation("plan.attachment.refused", metadata.fileName()));
        }
        show(plans.attachments(planId));
    }

    private void show(List<AttachmentInfo> attachments) {
        attachmentList.removeAll();
        if (attachments.isEmpty()) {
            attachmentList.add(new Span(getTranslation("plan.attachments.none")));
        }
        for (AttachmentInfo info : attachments) {
            Button remove = IconButtons.of(VaadinIcon.TRASH, getTranslation("plan.attachment.remove"), "attachment-remove",
                    click -> remove(info));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            HorizontalLayout row = new HorizontalLayout(new AttachmentLink(planId, info),
                    new Span(getTranslation("plan.attachment.size", FileSizes.format(info.size()))), remove);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            row.addClassName("attachment-row");
            attachmentList.add(row);
        }
    }

    private void remove(AttachmentInfo info) {
        try {
            plans.removeAttachment(planId, info.id());
        } catch (NotFoundException | ConflictException | AccessDeniedException e) {
            Feedback.error(getTranslation("plan.attachment.refused", info.fileName()));
        }
        show(plans.attachments(planId));
    }
}
