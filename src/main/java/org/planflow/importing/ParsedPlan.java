package org.planflow.importing;

import java.util.List;

/** A plan as read from a document, before its unit names are matched to the district. */
record ParsedPlan(String title, String type, String docNumber, List<ImportedSection> sections, List<ParsedItem> items,
                  List<DocumentWarning> warnings) {
}
