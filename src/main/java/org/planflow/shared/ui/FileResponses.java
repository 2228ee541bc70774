package org.planflow.shared.ui;

import java.io.ByteArrayInputStream;

import com.vaadin.flow.server.streams.DownloadResponse;
import org.planflow.shared.ContentTypes;
import org.planflow.shared.web.Downloads;
import org.planflow.shared.web.FileDownloaded;

/** A view's download: announced for the audit trail like the API's, and sent with a content type that cannot break it. */
public final class FileResponses {

    private FileResponses() {
    }

    public static DownloadResponse of(Downloads downloads, FileDownloaded download, String contentType, byte[] content) {
        downloads.announce(download);
        return new DownloadResponse(new ByteArrayInputStream(content), download.fileName(), ContentTypes.sanitize(contentType),
                content.length);
    }
}
