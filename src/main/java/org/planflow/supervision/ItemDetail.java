package org.planflow.supervision;

import java.util.List;

import org.planflow.audit.AuditEntry;

/**
 * An item with everything that happened to it: reports, contributions, extensions, notices, evidence and its history;
 * for a caller who sees only its ledger row ({@code standing} LEDGER), the item without its responsible person and
 * none of the rest.
 */
public record ItemDetail(SupervisedItem item, ItemVisibility.Standing standing, List<ProgressReport> reports,
                         List<Contribution> contributions,
                         List<ExtensionRequest> extensions, List<SupervisionNotice> notices, List<Evidence> evidence,
                         List<AuditEntry> history) {
}
