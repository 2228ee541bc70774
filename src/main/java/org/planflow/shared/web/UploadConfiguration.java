package org.planflow.shared.web;

import jakarta.servlet.MultipartConfigElement;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.planflow.shared.AcceptedFileTypes;
import org.planflow.shared.UploadLimit;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The upload rules as beans: the size limit (the API's multipart parsing is bound to it instead of to a size of its
 * own) and the accepted file types; and at start-up, POI's limits for reading uploaded Office files.
 */
@Configuration
@EnableConfigurationProperties(UploadProperties.class)
class UploadConfiguration {

    /**
     * Room for the other parts and headers of a multipart request around the file. A file a little over
     * the limit then fails on the file's size, answered 413; a request over it is cut off unread.
     */
    private static final DataSize FORM_OVERHEAD = DataSize.ofMegabytes(2);

    private final UploadProperties properties;

    /** POI keeps its limits in static fields, so they are set once, before any file is read. */
    UploadConfiguration(UploadProperties properties) {
        this.properties = properties;
        UploadProperties.Office office = properties.office();
        ZipSecureFile.setMinInflateRatio(office.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(office.maxEntrySize().toBytes());
        ZipSecureFile.setMaxTextSize(office.maxTextSize());
        ZipSecureFile.setMaxFileCount(office.maxFileCount());
    }

    @Bean
    UploadLimit uploadLimit() {
        return new UploadLimit(properties.maxSize().toBytes());
    }

    @Bean
    AcceptedFileTypes acceptedFileTypes() {
        return new AcceptedFileTypes(properties.acceptedTypes());
    }

    /** Replaces Spring Boot's multipart configuration, so spring.servlet.multipart sizes are not a second limit. */
    @Bean
    MultipartConfigElement multipartConfigElement(UploadLimit limit) {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(DataSize.ofBytes(limit.bytes()));
        factory.setMaxRequestSize(DataSize.ofBytes(limit.bytes() + FORM_OVERHEAD.toBytes()));
        return factory.createMultipartConfig();
    }
}
