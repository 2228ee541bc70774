package org.planflow.plan.importing;

import java.util.List;

import org.planflow.plan.ImportWarning;
import org.planflow.plan.PlanSection;

/** A plan as read from a document, before its unit names are matched to the district. */
record ParsedPlan(String title, String type, String docNumber, List<PlanSection> sections, List<ProposedItem> items,
                  List<ImportWarning> warnings) {
}
