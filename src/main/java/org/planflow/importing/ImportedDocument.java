package org.planflow.importing;

import java.util.List;

/**
 * A plan read from a file: its title, its type as the title names it (实施方案, 工作方案, 推进方案, 实施意见,
 * 通知, …; null when the title names none), the document number (文号) when the heading carries one,
 * the sections in document order, the proposed breakdown items, what the drafter should check, and the plan's
 * office and leading group as the text states them.
 */
public record ImportedDocument(String title, String type, String docNumber, List<ImportedSection> sections,
                               List<ProposedItem> items, List<DocumentWarning> warnings, ProposedOrganisation organisation) {

    public ImportedDocument {
        sections = List.copyOf(sections);
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
    }
}
