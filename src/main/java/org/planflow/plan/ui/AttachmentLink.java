package org.planflow.plan.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.planflow.plan.Attachment;
import org.planflow.plan.AttachmentInfo;
import org.planflow.plan.PlanAttachmentService;
import org.planflow.shared.NotFoundException;
import org.planflow.shared.ui.FileResponses;
import org.planflow.shared.web.Downloads;
import org.planflow.shared.web.FileDownloaded;
import org.springframework.security.access.AccessDeniedException;

/**
 * A download link for one attachment. The bytes are read only when the link is followed, through
 * {@link PlanAttachmentService#attachment}, so the reader's access is checked again at that moment.
 */
class AttachmentLink extends Anchor {

    AttachmentLink(long planId, AttachmentInfo info) {
        long attachmentId = info.id();
        setHref(DownloadHandler.fromInputStream(event -> download(event, planId, attachmentId)), AttachmentType.DOWNLOAD);
        setText(info.fileName());
        addClassName("attachment-link");
        getElement().setAttribute("data-attachment-id", String.valueOf(attachmentId));
    }

    /**
     * Runs on the download's own request. The service is looked up from Vaadin's Spring-aware
     * instantiator there, so the link needs only the plan's id and holds no service reference.
     */
    private static DownloadResponse download(DownloadEvent event, long planId, long attachmentId) {
        PlanAttachmentService plans = event.getSession().getService().getInstantiator().getOrCreate(PlanAttachmentService.class);
        Downloads downloads = event.getSession().getService().getInstantiator().getOrCreate(Downloads.class);
        try {
            Attachment attachment = plans.attachment(planId, attachmentId);
            return FileResponses.of(downloads, FileDownloaded.ofPlan(planId, "attachment:" + attachmentId, attachment.info().fileName()),
                    attachment.info().contentType(), attachment.content());
        } catch (AccessDeniedException e) {
            return DownloadResponse.error(HttpStatusCode.FORBIDDEN);
        } catch (NotFoundException e) {
            return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
        }
    }
}
