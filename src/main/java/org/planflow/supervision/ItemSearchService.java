package org.planflow.supervision;

import java.util.List;

import org.planflow.plan.Plan;
import org.planflow.plan.PlanService;
import org.planflow.shared.PageOf;
import org.planflow.shared.PageRequest;
import org.planflow.supervision.persistence.ItemRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The lists of supervised items: a plan's, and the district's or a unit's, each as much as the caller sees. */
@Service
@Transactional(readOnly = true)
public class ItemSearchService {

    private final SupervisedItemService supervised;
    private final ItemRepository items;
    private final PlanService plans;
    private final ItemVisibility visibility;

    public ItemSearchService(SupervisedItemService supervised, ItemRepository items, PlanService plans,
                             ItemVisibility visibility) {
        this.supervised = supervised;
        this.items = items;
        this.plans = plans;
        this.visibility = visibility;
    }

    /** Whether the caller sees the plan's items: its member units, the district and the administrator. */
    @PreAuthorize("isAuthenticated()")
    public boolean maySeeItemsOf(Plan plan) {
        return visibility.of(plan, plans.reader(plan)).seesItems();
    }

    /**
     * The plan's items as the caller sees them: whole where the caller works on them (or is the plan's office or the
     * district), as ledger rows for the plan's other member units and the administrator; other readers of the plan
     * are refused (403), and a plan the caller may not read is unknown (404).
     */
    @PreAuthorize("isAuthenticated()")
    public List<SupervisedItem> ofPlan(long planId) {
        Plan plan = plans.get(planId);
        List<SupervisedItem> planItems = items.ofPlan(planId);
        ItemVisibility.View view = visibility.of(plan, plans.reader(plan), planItems);
        if (!view.seesItems()) {
            throw new AccessDeniedException("only the plan's member units and the district see its supervised items");
        }
        return view.show(planItems);
    }

    /** One page of {@link #ofPlan(long)}, in the breakdown table's order, with how many items the plan has. */
    @PreAuthorize("isAuthenticated()")
    public PageOf<SupervisedItem> ofPlan(long planId, PageRequest page) {
        Plan plan = plans.get(planId);
        ItemVisibility.View view = visibility.of(plan, plans.reader(plan));
        if (!view.seesItems()) {
            throw new AccessDeniedException("only the plan's member units and the district see its supervised items");
        }
        // Whoever sees a plan's items sees every one of them (whole or as its ledger row), so the page stays whole.
        return PageOf.of(view.show(items.ofPlan(planId, page.offset(), page.size())), page, items.countOfPlan(planId));
    }

    /**
     * One page of the items for the caller, red first, then by due date, with how many match: the district's readers
     * see all (of one unit if the filter names it); unit staff see their unit's, as lead unit (主办), cooperating unit
     * (协办) or both.
     */
    @PreAuthorize("isAuthenticated()")
    public PageOf<SupervisedItem> search(ItemFilter filter, PageRequest page) {
        ItemFilter scoped = supervised.maySeeAll(filter.planId()) ? filter : filter.ofUnit(supervised.myUnit());
        ItemVisibility.View view = supervised.viewFor(filter.planId());
        return PageOf.of(view.show(items.search(scoped, page.offset(), page.size())), page, items.count(scoped));
    }
}
