package org.planflow.shared.web;

import java.nio.charset.StandardCharsets;

import org.planflow.shared.ContentTypes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Every file PlanFlow hands out, through the API or a view: announced as {@link FileDownloaded} for the audit
 * trail, sent with a content type that cannot break the answer and its (Chinese) name encoded for every browser.
 */
@Component
public class Downloads {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ApplicationEventPublisher events;

    Downloads(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** The API's answer with the file; the caller has been allowed to read it. */
    public ResponseEntity<byte[]> file(FileDownloaded download, String contentType, byte[] content) {
        announce(download);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(ContentTypes.sanitize(contentType)))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(content);
    }

    /** A view is about to send the file; it sends it with {@link ContentTypes#sanitize}'s type. */
    public void announce(FileDownloaded download) {
        events.publishEvent(download);
    }
}
