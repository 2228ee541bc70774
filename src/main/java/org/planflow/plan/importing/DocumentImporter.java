package org.planflow.plan.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.planflow.plan.BreakdownItem;
import org.planflow.plan.ImportWarning;
import org.planflow.plan.UnitRef;

/**
 * Imports a plan document (.docx or .txt) as a draft's content: title, type and document number, the
 * sections along the outline numbering, and the breakdown items the text proposes (responsibility
 * notes, numbered tasks that start with their unit, breakdown tables) with units matched to the
 * district. What the drafter should check comes back as warnings.
 */
public final class DocumentImporter {

    /** Chinese text files that are not UTF-8 come from Windows in GBK, which GB18030 contains. */
    private static final Charset CHINESE_WINDOWS = Charset.forName("GB18030");

    private final UnitMatcher matcher;

    public DocumentImporter(UnitMatcher matcher) {
        this.matcher = matcher;
    }

    /** Reads the file; throws {@link DocumentImportException} when it cannot be imported at all. */
    public ImportedDocument read(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.strip();
        String lower = name.toLowerCase(Locale.ROOT);
        boolean text = lower.endsWith(".txt");
        if (!text && !lower.endsWith(".docx")) {
            throw new DocumentImportException("Unsupported file type: " + (name.isEmpty() ? "the file has no name" : name)
                    + "; import a .docx or .txt file (save a .doc or .wps as .docx first)");
        }
        if (content == null || content.length == 0) {
            throw new DocumentImportException("The file " + name + " is empty");
        }
        List<Block> blocks = text ? TextBlocks.read(decode(content)) : DocxBlocks.read(content);
        boolean hasText = blocks.stream().anyMatch(block -> block instanceof Block.Table
                || block instanceof Block.Line line && !line.text().isBlank());
        if (!hasText) {
            throw new DocumentImportException("The file " + name + " contains no text");
        }
        ParsedPlan plan = PlanParser.parse(blocks, name.substring(0, name.lastIndexOf('.')));
        List<ImportWarning> warnings = new ArrayList<>(plan.warnings());
        Set<String> unmatched = new LinkedHashSet<>();
        List<BreakdownItem> items = new ArrayList<>();
        for (ProposedItem proposed : plan.items()) {
            items.add(item(items.size() + 1, proposed, unmatched, warnings));
        }
        unmatched.forEach(unit -> warnings.add(ImportWarning.of(ImportWarning.Code.UNIT_NOT_FOUND, unit)));
        return new ImportedDocument(plan.title(), plan.type(), plan.docNumber(), plan.sections(), items, warnings);
    }

    private BreakdownItem item(int seq, ProposedItem proposed, Set<String> unmatched, List<ImportWarning> warnings) {
        UnitRef lead = proposed.lead() == null ? null : resolve(proposed.lead(), unmatched);
        if (lead == null) {
            warnings.add(ImportWarning.of(ImportWarning.Code.ITEM_WITHOUT_LEAD_UNIT, seq, proposed.indicator()));
        }
        Set<UnitRef> coops = new LinkedHashSet<>();
        for (String name : proposed.coops()) {
            UnitRef coop = resolve(name, unmatched);
            if (!coop.equals(lead)) {
                coops.add(coop);
            }
        }
        return new BreakdownItem(seq, proposed.category(), proposed.indicator(), proposed.score(), proposed.scoringMethod(),
                lead, List.copyOf(coops), proposed.dueDate());
    }

    private UnitRef resolve(String name, Set<String> unmatched) {
        UnitRef unit = matcher.resolve(name);
        if (!unit.matched()) {
            unmatched.add(unit.name());
        }
        return unit;
    }

    /** Strict UTF-8 first: GB18030 would decode UTF-8 bytes too, as garbage. */
    private static String decode(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, CHINESE_WINDOWS);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
