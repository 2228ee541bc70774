package org.planflow.plan;

import java.util.List;
import org.planflow.shared.Cadence;
import org.planflow.shared.Period;

/**
 * The editable content of a plan, as the editor and {@code PUT /api/plans/{id}} send it. Sections and
 * items replace the old ones; {@code revision}, when given, must be the revision the editor started
 * from, so two people editing at once cannot overwrite each other unnoticed. {@code office} and {@code leadingGroup},
 * when given, replace the plan's (an office without a code removes it); absent, they stay as they are. So do
 * {@code period}, {@code cadence} and {@code reportDueDays}: given, they replace the plan's.
 */
public record PlanDraft(String title, String type, String docNumber, List<PlanSection> sections,
                        List<BreakdownItem> items, Integer revision, String note, UnitRef office, LeadingGroup leadingGroup,
                        Period period, Cadence cadence, Integer reportDueDays) {

    public PlanDraft {
        sections = sections == null ? List.of() : List.copyOf(sections);
        items = items == null ? List.of() : List.copyOf(items);
    }

    public PlanDraft(String title, String type, String docNumber, List<PlanSection> sections, List<BreakdownItem> items,
                     Integer revision, String note) {
        this(title, type, docNumber, sections, items, revision, note, null, null, null, null, null);
    }

    public static PlanDraft titled(String title) {
        return new PlanDraft(title, null, null, List.of(), List.of(), null, null);
    }
}
