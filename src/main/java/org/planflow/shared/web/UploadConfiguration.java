package org.planflow.shared.web;

import jakarta.servlet.MultipartConfigElement;
import org.planflow.shared.UploadLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** The upload limit as a bean, and the API's multipart parsing bound to it instead of to a size of its own. */
@Configuration
class UploadConfiguration {

    /**
     * Room for the other parts and headers of a multipart request around the file. A file a little over
     * the limit then fails on the file's size, answered 413; a request over it is cut off unread.
     */
    private static final DataSize FORM_OVERHEAD = DataSize.ofMegabytes(2);

    @Bean
    UploadLimit uploadLimit(@Value("${planflow.upload.max-size}") DataSize maxSize) {
        return new UploadLimit(maxSize.toBytes());
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
