package org.planflow.circulation;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The district's issuing settings: the document types the office issues, who approves plans in the
 * notice's words (区人民政府), and the usual acknowledgement deadline.
 */
@ConfigurationProperties("planflow.circulation")
public record CirculationProperties(List<DocumentType> documentTypes, String approvingAuthority, int defaultAckWorkingDays) {

    public CirculationProperties {
        documentTypes = documentTypes == null || documentTypes.isEmpty()
                ? List.of(new DocumentType("区政办发", "区人民政府办公室文件", "区人民政府办公室", "区人民政府办公室文件"))
                : List.copyOf(documentTypes);
        approvingAuthority = approvingAuthority == null || approvingAuthority.isBlank() ? "区人民政府" : approvingAuthority;
        defaultAckWorkingDays = defaultAckWorkingDays < 1 ? 3 : defaultAckWorkingDays;
    }
}
