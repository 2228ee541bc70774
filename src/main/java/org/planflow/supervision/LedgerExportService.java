package org.planflow.supervision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.planflow.organization.OrganizationService;
import org.planflow.plan.PlanService;
import org.planflow.supervision.persistence.ItemRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The work ledger (工作台账) as an .xlsx workbook. */
@Service
@Transactional(readOnly = true)
public class LedgerExportService {

    private final SupervisedItemService supervised;
    private final ItemRepository items;
    private final PlanService plans;
    private final OrganizationService organization;

    public LedgerExportService(SupervisedItemService supervised, ItemRepository items, PlanService plans,
                               OrganizationService organization) {
        this.supervised = supervised;
        this.items = items;
        this.plans = plans;
        this.organization = organization;
    }

    /**
     * The ledger of the items the caller may see: of one plan (which the caller must be allowed to read) and of one
     * unit (unit staff always their own), in the plans' own order.
     */
    @PreAuthorize("isAuthenticated()")
    public byte[] ledger(Long planId, String unit) {
        List<String> title = new ArrayList<>();
        if (planId != null) {
            title.add(plans.get(planId).title());
        }
        String scopeUnit = !supervised.maySeeAll(planId) ? supervised.myUnit() : unit == null || unit.isBlank() ? null : unit.strip();
        if (scopeUnit != null) {
            title.add(organization.unit(scopeUnit).name());
        }
        title.add(LedgerWorkbook.SHEET_NAME);
        // A ledger reads plan by plan in 序号 order, ad-hoc items last; the lists put red lights first for the views.
        List<SupervisedItem> rows = supervised.viewFor(planId).show(items.search(ItemFilter.of(planId, scopeUnit, UnitRole.ANY, null, null),
                        0, Integer.MAX_VALUE)).stream()
                .sorted(Comparator.comparing(SupervisedItem::planId, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(SupervisedItem::seq, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingLong(SupervisedItem::id))
                .toList();
        return LedgerWorkbook.write(String.join(" ", title), rows, supervised.today());
    }
}
