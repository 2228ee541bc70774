package org.planflow.organization.api;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.planflow.organization.ImportSummary;
import org.planflow.organization.OrganizationImportService;
import org.planflow.shared.web.Downloads;
import org.planflow.shared.web.FileDownloaded;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/admin/organization")
@Tag(name = "Administration: import", description = "ADMIN sets up the district's units and users from an .xlsx workbook")
class AdminImportController {

    private final OrganizationImportService imports;
    private final Downloads downloads;

    AdminImportController(OrganizationImportService imports, Downloads downloads) {
        this.imports = imports;
        this.downloads = downloads;
    }

    @GetMapping("/template.xlsx")
    @Operation(summary = "The workbook to fill in: sheets 单位 and 用户 with their headers, and 说明")
    ResponseEntity<byte[]> template() {
        byte[] template = imports.template();
        return downloads.file(FileDownloaded.of(OrganizationImportService.TEMPLATE_DOWNLOAD,
                OrganizationImportService.TEMPLATE_FILE_NAME),
                Downloads.XLSX, template);
    }

    @PostMapping("/import")
    @Operation(summary = "Create or update units and users from the workbook (multipart 'file'), all or nothing: 400 with "
            + "'errors' [{sheet, row, column, code, values, problem}] listing every refused row, and nothing applied")
    ImportSummary importWorkbook(@RequestParam("file") MultipartFile file) throws IOException {
        return imports.importWorkbook(file.getBytes());
    }
}
