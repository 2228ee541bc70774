package org.planflow.shared.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code planflow.upload}: the one size limit of every upload, the file types accepted as attachments and evidence,
 * and the limits Apache POI reads an uploaded .docx or .xlsx with (against zip bombs: a small file that inflates to
 * gigabytes).
 */
@ConfigurationProperties("planflow.upload")
record UploadProperties(DataSize maxSize, List<String> acceptedTypes, Office office) {

    /**
     * {@code minInflateRatio}: an entry whose compressed size falls below this share of its inflated size is refused;
     * {@code maxEntrySize}: the most one entry may inflate to; {@code maxTextSize}: the most characters text
     * extraction returns; {@code maxFileCount}: the most entries a file may hold.
     */
    record Office(double minInflateRatio, DataSize maxEntrySize, long maxTextSize, long maxFileCount) {
    }
}
