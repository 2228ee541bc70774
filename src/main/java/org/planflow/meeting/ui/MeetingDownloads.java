package org.planflow.meeting.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.planflow.meeting.Meeting;
import org.planflow.meeting.MeetingDocuments;
import org.planflow.shared.NotFoundException;
import org.planflow.shared.ui.FileResponses;
import org.planflow.shared.web.Downloads;
import org.planflow.shared.web.FileDownloaded;
import org.springframework.security.access.AccessDeniedException;

/** The meeting's notice and minutes as .docx links, written on the download's own request so the reader is checked then. */
final class MeetingDownloads {

    static final String NOTICE = "通知";
    static final String MINUTES = "纪要";

    private MeetingDownloads() {
    }

    static Anchor link(Meeting meeting, String what, String label, String id) {
        Anchor link = new Anchor();
        link.setText(label);
        link.setHref(DownloadHandler.fromInputStream(event -> download(event, meeting, what)), AttachmentType.DOWNLOAD);
        link.addComponentAsFirst(VaadinIcon.DOWNLOAD_ALT.create());
        link.setId(id);
        return link;
    }

    private static DownloadResponse download(DownloadEvent event, Meeting meeting, String what) {
        MeetingDocuments documents = event.getSession().getService().getInstantiator().getOrCreate(MeetingDocuments.class);
        Downloads downloads = event.getSession().getService().getInstantiator().getOrCreate(Downloads.class);
        try {
            byte[] docx = NOTICE.equals(what) ? documents.noticeDocx(meeting.id()) : documents.minutesDocx(meeting.id());
            return FileResponses.of(downloads, FileDownloaded.ofPlan(meeting.planId(), NOTICE.equals(what) ? "meeting-notice"
                    : "meeting-minutes", documents.fileName(meeting.id(), what)), Downloads.DOCX, docx);
        } catch (AccessDeniedException e) {
            return DownloadResponse.error(HttpStatusCode.FORBIDDEN);
        } catch (NotFoundException e) {
            return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
        }
    }
}
