package org.planflow.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** The blocks of a .docx body in reading order: paragraphs (split at line breaks) and tables. */
final class DocxBlocks {

    private DocxBlocks() {
    }

    static List<Block> read(byte[] content, String fileName) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            List<Block> blocks = new ArrayList<>();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    for (String line : paragraph.getText().split("\\r?\\n|\\r")) {
                        blocks.add(new Block.Line(line));
                    }
                } else if (element instanceof XWPFTable table) {
                    blocks.add(new Block.Table(rows(table)));
                }
            }
            return blocks;
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new DocumentImportException(e, DocumentImportException.Problem.OLD_WORD_FORMAT, fileName);
        } catch (IOException | RuntimeException e) {
            // POI reports a damaged or foreign file with several unchecked exceptions; to the user they are all one problem.
            throw new DocumentImportException(e, DocumentImportException.Problem.NOT_DOCX, fileName);
        }
    }

    private static List<List<String>> rows(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                String text = "";
                for (XWPFParagraph paragraph : cell.getParagraphs()) {
                    text = Values.joinWrapped(text, paragraph.getText().strip());
                }
                cells.add(text);
            }
            rows.add(cells);
        }
        return rows;
    }
}
