package org.planflow.shared;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * The content type kept with an uploaded file and sent with it again: what the uploader's browser declared when it
 * is a well-formed concrete type ({@code application/pdf}), else {@code application/octet-stream}. Applied on the way
 * in and again on the way out, so a type stored before the rule (e.g. {@code foo}) never breaks a download.
 */
public final class ContentTypes {

    public static final String UNKNOWN = MediaType.APPLICATION_OCTET_STREAM_VALUE;

    private ContentTypes() {
    }

    public static String sanitize(String declared) {
        if (declared == null || declared.isBlank()) {
            return UNKNOWN;
        }
        try {
            MediaType type = MediaType.parseMediaType(declared.strip());
            return type.isConcrete() ? type.toString() : UNKNOWN;
        } catch (InvalidMediaTypeException e) {
            return UNKNOWN;
        }
    }
}
