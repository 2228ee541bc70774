package org.planflow.plan.importing;

import java.util.List;

import org.planflow.plan.BreakdownItem;
import org.planflow.plan.ImportWarning;
import org.planflow.plan.PlanSection;

/**
 * A plan read from a file: its title, its type as the title names it (实施方案, 工作方案, 推进方案, 实施意见,
 * 通知, …; null when the title names none), the document number (文号) when the heading carries one,
 * the sections in document order, the proposed breakdown items and what the drafter should check.
 */
public record ImportedDocument(String title, String type, String docNumber, List<PlanSection> sections,
                               List<BreakdownItem> items, List<ImportWarning> warnings) {

    public ImportedDocument {
        sections = List.copyOf(sections);
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
    }
}
