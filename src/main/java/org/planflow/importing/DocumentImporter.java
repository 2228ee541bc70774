package org.planflow.importing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.planflow.shared.TooLargeException;
import org.planflow.shared.UploadLimit;

/**
 * Imports a plan document (.docx or .txt) as a draft's content: title, type and document number, the
 * sections along the outline numbering, and the breakdown items the text proposes (responsibility
 * notes, numbered tasks that start with their unit, breakdown tables) with units matched to the
 * district. What the drafter should check comes back as warnings.
 */
public final class DocumentImporter {

    private static final String UNIT_SEPARATOR = "、";

    private final UnitMatcher matcher;
    private final UploadLimit limit;

    /** Reads with the district's units; a file over the limit is refused. */
    public DocumentImporter(UnitMatcher matcher, UploadLimit limit) {
        this.matcher = matcher;
        this.limit = limit;
    }

    /**
     * Reads the file; throws {@link DocumentImportException} when it cannot be imported at all and
     * {@link TooLargeException} when it is over the size limit.
     */
    public ImportedDocument read(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.strip();
        String lower = name.toLowerCase(Locale.ROOT);
        boolean text = lower.endsWith(".txt");
        if (name.isEmpty()) {
            throw new DocumentImportException(DocumentImportException.Problem.NO_FILE_NAME);
        }
        if (!text && !lower.endsWith(".docx")) {
            throw new DocumentImportException(DocumentImportException.Problem.UNSUPPORTED_TYPE, name);
        }
        if (content == null || content.length == 0) {
            throw new DocumentImportException(DocumentImportException.Problem.EMPTY, name);
        }
        limit.check(name, content);
        List<Block> blocks = text ? TextBlocks.read(PlainText.decode(content, name)) : DocxBlocks.read(content, name);
        boolean hasText = blocks.stream().anyMatch(block -> block instanceof Block.Table
                || block instanceof Block.Line line && !line.text().isBlank());
        if (!hasText) {
            throw new DocumentImportException(DocumentImportException.Problem.NO_TEXT, name);
        }
        ParsedPlan plan = PlanParser.parse(blocks, name.substring(0, name.lastIndexOf('.')));
        List<DocumentWarning> warnings = new ArrayList<>(plan.warnings());
        Set<String> unmatched = new LinkedHashSet<>();
        List<ProposedItem> items = new ArrayList<>();
        for (ParsedItem parsed : plan.items()) {
            items.add(item(items.size() + 1, parsed, unmatched, warnings));
        }
        ProposedOrganisation organisation = OrganisationFromText.read(plan.sections().stream()
                .map(section -> section.heading() + "\n" + section.body()).collect(Collectors.joining("\n")), matcher);
        if (organisation.office() != null && !organisation.office().matched()) {
            unmatched.add(organisation.office().name());
        }
        unmatched.forEach(unit -> warnings.add(DocumentWarning.of(DocumentWarning.Code.UNIT_NOT_FOUND, unit)));
        return new ImportedDocument(plan.title(), plan.type(), plan.docNumber(), plan.sections(), items, warnings, organisation);
    }

    private ProposedItem item(int seq, ParsedItem parsed, Set<String> unmatched, List<DocumentWarning> warnings) {
        UnitAssignment units = UnitAssignment.of(parsed.leads(), parsed.coops(), matcher);
        if (units.lead() == null) {
            warnings.add(DocumentWarning.of(DocumentWarning.Code.ITEM_WITHOUT_LEAD_UNIT, seq, parsed.indicator()));
        } else if (units.groupLed()) {
            warnings.add(DocumentWarning.of(DocumentWarning.Code.GROUP_LEADS, seq, String.join(UNIT_SEPARATOR, units.groupLeads())));
        } else {
            notMatched(units.lead(), unmatched);
        }
        if (units.namedLeads().size() > 1) {
            warnings.add(DocumentWarning.of(DocumentWarning.Code.SEVERAL_LEAD_UNITS, seq,
                    units.namedLeads().stream().map(ProposedUnit::name).collect(Collectors.joining(UNIT_SEPARATOR)),
                    units.lead().name()));
        }
        units.coops().forEach(unit -> notMatched(unit, unmatched));
        return new ProposedItem(seq, parsed.category(), parsed.indicator(), parsed.score(), parsed.scoringMethod(),
                units.lead(), units.coops(), parsed.dueDate());
    }

    private static void notMatched(ProposedUnit unit, Set<String> unmatched) {
        if (!unit.matched()) {
            unmatched.add(unit.name());
        }
    }
}
