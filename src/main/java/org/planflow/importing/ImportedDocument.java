package org.planflow.importing;

import java.util.List;

import org.planflow.shared.Cadence;
import org.planflow.shared.Period;

/**
 * A plan read from a file: its title, its type as the title names it (实施方案, 工作方案, 推进方案, 实施意见,
 * 通知, …; null when the title names none), the document number (文号) when the heading carries one,
 * the sections in document order, the proposed breakdown items, what the drafter should check, the plan's
 * office and leading group as the text states them, and its time as the text states it: the period it runs for,
 * how often its units report and the days after each period's end the report is due (each null when unsaid).
 */
public record ImportedDocument(String title, String type, String docNumber, List<ImportedSection> sections,
                               List<ProposedItem> items, List<DocumentWarning> warnings, ProposedOrganisation organisation,
                               Period period, Cadence cadence, Integer reportDueDays) {

    public ImportedDocument {
        sections = List.copyOf(sections);
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
    }
}
