package org.planflow.supervision;

import java.util.List;

import org.planflow.audit.AuditEntry;

/** An item with everything that happened to it: reports, contributions, extensions, notices, evidence and its history. */
public record ItemDetail(SupervisedItem item, List<ProgressReport> reports, List<Contribution> contributions,
                         List<ExtensionRequest> extensions, List<SupervisionNotice> notices, List<Evidence> evidence,
                         List<AuditEntry> history) {
}
