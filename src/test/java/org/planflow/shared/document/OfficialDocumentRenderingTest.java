package org.planflow.shared.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.planflow.LibreOffice;
import org.junit.jupiter.api.io.TempDir;

/** Renders the sample with LibreOffice, proving the Chinese text survives a real layout engine, not just POI. */
class OfficialDocumentRenderingTest {

    @TempDir
    Path dir;

    @Test
    void libreoffice_renders_the_number_the_title_and_the_breakdown_table_in_chinese() throws Exception {
        Path docx = dir.resolve("notice.docx");
        Files.write(docx, OfficialDocuments.docx(SampleDocuments.issuanceNotice()));

        String text = LibreOffice.toText(docx, dir);

        assertThat(text).contains(SampleDocuments.NUMBER, SampleDocuments.TITLE);
        int indicator = text.indexOf(SampleDocuments.INDICATOR);
        assertThat(indicator).as("indicator of the first breakdown row").isNotNegative();
        assertThat(text.indexOf(SampleDocuments.LEAD_UNIT, indicator)).as("its lead unit after it").isPositive();
    }
}
