package org.planflow.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.planflow.shared.Period;
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

    /** Reads the file without knowing the day: a period only "今年" or a horizon (到2020年) would tell goes unread. */
    public ImportedDocument read(String fileName, byte[] content) {
        return read(fileName, content, null);
    }

    /**
     * Reads the file imported on {@code day} (the year of "今年", of a horizon's start and of dates without a year
     * where the plan's period does not tell); throws {@link DocumentImportException} when it cannot be imported at all
     * and {@link TooLargeException} when it is over the size limit.
     */
    public ImportedDocument read(String fileName, byte[] content, LocalDate day) {
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
        Period period = period(plan.title(), blocks, day, warnings);
        String planText = plan.sections().stream()
                .map(section -> section.heading() + "\n" + section.body()).collect(Collectors.joining("\n"));
        ReportingFromText.Reporting reporting = ReportingFromText.read(planText);
        if (reporting.dayMoved()) {
            warnings.add(DocumentWarning.of(DocumentWarning.Code.REPORT_DAY_IN_PERIOD, reporting.phrase()));
        }
        Set<String> unmatched = new LinkedHashSet<>();
        List<ProposedItem> items = new ArrayList<>();
        for (ParsedItem parsed : plan.items()) {
            items.add(item(items.size() + 1, parsed, period, day, reporting, unmatched, warnings));
        }
        ProposedOrganisation organisation = OrganisationFromText.read(planText, matcher);
        if (organisation.office() != null && !organisation.office().matched()) {
            unmatched.add(organisation.office().name());
        }
        unmatched.forEach(unit -> warnings.add(DocumentWarning.of(DocumentWarning.Code.UNIT_NOT_FOUND, unit)));
        return new ImportedDocument(plan.title(), plan.type(), plan.docNumber(), plan.sections(), items, warnings, organisation,
                period, reporting.cadence(), reporting.dueDays());
    }

    /** The period from the title and the whole text, the issuing notice's date included; unread or guessed: a warning. */
    private static Period period(String title, List<Block> blocks, LocalDate day, List<DocumentWarning> warnings) {
        String text = blocks.stream().map(block -> block instanceof Block.Line line ? line.text()
                : ((Block.Table) block).rows().stream().map(row -> String.join(" ", row)).collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
        PeriodFromText.Reading reading = PeriodFromText.read(title, text, day);
        if (reading == null) {
            warnings.add(DocumentWarning.of(DocumentWarning.Code.PERIOD_NOT_READ));
            return null;
        }
        if (reading.startAssumed()) {
            warnings.add(DocumentWarning.of(DocumentWarning.Code.PERIOD_START_ASSUMED, reading.period().start().getYear(),
                    reading.period().end().getYear()));
        }
        return reading.period();
    }

    private ProposedItem item(int seq, ParsedItem parsed, Period period, LocalDate day, ReportingFromText.Reporting planReporting,
                              Set<String> unmatched, List<DocumentWarning> warnings) {
        UnitAssignment units = UnitAssignment.of(parsed.leads(), parsed.coops(), matcher);
        if (units.lead() == null && units.leadGroup() == null) {
            warnings.add(DocumentWarning.of(DocumentWarning.Code.ITEM_WITHOUT_LEAD_UNIT, seq, parsed.indicator()));
        } else if (units.groupLedWithoutGroup()) {
            warnings.add(DocumentWarning.of(DocumentWarning.Code.GROUP_LEADS, seq, String.join(UNIT_SEPARATOR, units.groupLeads())));
        } else if (units.lead() != null) {
            notMatched(units.lead(), unmatched);
        }
        if (units.namedLeads().size() > 1) {
            warnings.add(DocumentWarning.of(DocumentWarning.Code.SEVERAL_LEAD_UNITS, seq,
                    units.namedLeads().stream().map(ProposedUnit::name).collect(Collectors.joining(UNIT_SEPARATOR)),
                    units.lead().name()));
        }
        units.coops().forEach(unit -> notMatched(unit, unmatched));
        DatesFromText.Reading dates = DatesFromText.read(seq, parsed.text(), period, day);
        warnings.addAll(dates.warnings());
        // an item keeps its cadence but no report day of its own: a day the plan does not share is said, not dropped
        ReportingFromText.Reporting reporting = ReportingFromText.read(parsed.text());
        if (reporting.dueDays() != null && !reporting.sameAs(planReporting)) {
            warnings.add(DocumentWarning.of(DocumentWarning.Code.ITEM_REPORT_DAY_NOT_KEPT, seq, reporting.phrase()));
        }
        return new ProposedItem(seq, parsed.category(), parsed.indicator(), parsed.score(), parsed.scoringMethod(),
                units.lead(), units.coops(), parsed.dueDate() != null ? parsed.dueDate() : dates.due(), units.leadGroup(),
                dates.milestones(), dates.cadence(), TargetsFromText.read(parsed.text()));
    }

    private static void notMatched(ProposedUnit unit, Set<String> unmatched) {
        if (!unit.matched()) {
            unmatched.add(unit.name());
        }
    }
}
