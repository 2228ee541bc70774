package org.planflow.supervision;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.planflow.audit.AuditEntry;
import org.planflow.organization.OrgUnit;
import org.planflow.organization.OrganizationService;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanReader;
import org.planflow.plan.TimelineAudience;
import org.planflow.plan.UnitRef;
import org.planflow.security.CurrentUser;
import org.planflow.security.DistrictRoles;
import org.planflow.supervision.persistence.ItemRepository;
import org.springframework.stereotype.Component;

/**
 * Who may see what of supervised items (docs/security.md, "Who may see what"). A plan's member units (its lead
 * department and every lead and cooperating unit of its items) see every item's ledger row and light, as the
 * quarterly 通报 shows them; the responsible person, the reports' problems, next steps and review comments, the
 * contributions, extensions, 督办单, evidence and history belong to the item's lead and cooperating units, the
 * plan's office (its lead department) and the district's business readers. Anyone else does not know the item exists.
 */
@Component
public class ItemVisibility implements TimelineAudience {

    /** How much of an item a caller sees. */
    public enum Standing {
        /** Everything about the item. */
        FULL,
        /** Its ledger row and light: no responsible person, of its latest report only what the 通报 tells. */
        LEDGER,
        /** Nothing: the item is unknown to the caller. */
        NONE
    }

    private final ItemRepository items;
    private final OrganizationService organization;

    ItemVisibility(ItemRepository items, OrganizationService organization) {
        this.items = items;
        this.organization = organization;
    }

    /** The plan's member units: its lead department and every lead and cooperating unit of its items, in that order. */
    public List<String> members(Plan plan) {
        return members(plan, items.ofPlan(plan.id()));
    }

    private static List<String> members(Plan plan, List<SupervisedItem> planItems) {
        Set<String> units = new LinkedHashSet<>();
        if (plan.leadUnit() != null && plan.leadUnit().matched()) {
            units.add(plan.leadUnit().code());
        }
        for (SupervisedItem item : planItems) {
            if (item.leadUnit() != null && item.leadUnit().matched()) {
                units.add(item.leadUnit().code());
            }
            item.coopUnits().stream().filter(UnitRef::matched).map(UnitRef::code).forEach(units::add);
        }
        return List.copyOf(units);
    }

    /** What a reader of the plan sees of its items. */
    public View of(Plan plan, PlanReader reader) {
        return new View(plan, reader, null);
    }

    /** The same, with the plan's items at hand. */
    public View of(Plan plan, PlanReader reader, List<SupervisedItem> planItems) {
        return new View(plan, reader, planItems);
    }

    /** What the caller sees of items of no plan, or of items from many plans listed by their own units. */
    public View ofCaller() {
        String unit = organization.findUser(CurrentUser.require()).map(user -> user.unit()).map(OrgUnit::code).orElse(null);
        return new View(null, new PlanReader(unit, DistrictRoles.oversight(), DistrictRoles.business(),
                DistrictRoles.administrator(), false, false, false), List.of());
    }

    /** The ledger row and light as a member unit not working on the item sees them. */
    static SupervisedItem ledgerView(SupervisedItem item) {
        ProgressReport latest = item.latestReport();
        ProgressReport told = latest == null ? null : new ProgressReport(latest.id(), latest.period(), latest.periodEnd(),
                latest.due(), null, latest.submittedAt(), latest.progress(), latest.percent(), latest.status(), null, null,
                latest.late(), null, null, null, null, latest.targetValues());
        return new SupervisedItem(item.id(), item.planId(), item.planTitle(), item.seq(), item.indicator(), item.category(),
                item.source(), item.sourceText(), item.leadUnit(), item.coopUnits(), item.dueDate(), item.cadence(),
                item.reportWorkingDays(), item.status(), item.light(), item.overdue(), item.measures(), item.milestones(), null,
                item.responsibleLeader(), told, item.escalationLevel(), item.created(), item.processInstanceId(),
                item.leadGroup(), item.parentId(), item.children(), item.childrenClosed(), item.targets(),
                item.reportDueDays());
    }

    @Override
    public Set<String> actions() {
        return EnumSet.allOf(SupervisionAction.class).stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public boolean showsAll(PlanReader reader) {
        return reader.district();
    }

    /**
     * An item's ledger events (assigned, accepted, report opened and submitted, overdue, closed) are the plan's member
     * units'; the rest of its events are its own readers'; a circulated quarterly review is the member units', its
     * drafting the district's.
     */
    @Override
    public Function<AuditEntry, Optional<AuditEntry>> viewer(Plan plan, PlanReader reader) {
        if (reader.district()) {
            return Optional::of;
        }
        List<SupervisedItem> planItems = items.ofPlan(plan.id());
        View view = of(plan, reader, planItems);
        Map<Long, SupervisedItem> byId = planItems.stream().collect(Collectors.toMap(SupervisedItem::id, Function.identity()));
        return entry -> {
            Standing standing = entry.itemId() == null || !byId.containsKey(entry.itemId()) ? Standing.NONE
                    : view.standing(byId.get(entry.itemId()));
            return switch (SupervisionAction.valueOf(entry.action())) {
                case ITEM_ASSIGNED, LEAD_UNIT_ASSIGNED, REPORT_OPENED, REPORT_SUBMITTED, ITEM_OVERDUE, ITEM_CLOSED,
                     DECISION_ITEM_CREATED, CADENCE_CHANGED, TARGETS_CHANGED -> Optional.of(entry).filter(row -> standing != Standing.NONE);
                case ASSIGNMENT_ACCEPTED -> standing == Standing.FULL ? Optional.of(entry)
                        : standing == Standing.LEDGER ? Optional.of(entry.withoutText()) : Optional.empty();
                case REPORT_REVIEWED, CLOSURE_VERIFIED, CONTRIBUTION_ADDED, EXTENSION_REQUESTED, EXTENSION_DECIDED,
                     NOTICE_ISSUED, NOTICE_ANSWERED, EVIDENCE_ADDED -> Optional.of(entry).filter(row -> standing == Standing.FULL);
                case REVIEW_CIRCULATED -> Optional.of(entry).filter(row -> view.seesItems());
                // The ladder's settings belong to the administration trail, never to a plan's timeline.
                case REVIEW_STARTED, REVIEW_COMPILED, REVIEW_SUBMITTED, REVIEW_DECIDED, MEETING_RECORDED,
                     ESCALATION_LADDER_SAVED -> Optional.empty();
            };
        };
    }

    /** One reader's view of a plan's items, or of items of no plan. */
    public final class View {

        private final Plan plan;
        private final PlanReader reader;
        private final List<SupervisedItem> planItems;
        private Boolean member;

        private View(Plan plan, PlanReader reader, List<SupervisedItem> planItems) {
            this.plan = plan;
            this.reader = reader;
            this.planItems = planItems;
        }

        public Standing standing(SupervisedItem item) {
            boolean ownUnit = item.leadUnit() != null && reader.isOf(item.leadUnit().code())
                    || item.coopUnits().stream().anyMatch(unit -> reader.isOf(unit.code()));
            if (reader.district() || ownUnit || plan != null && reader.leadDepartment()) {
                return Standing.FULL;
            }
            return reader.administrator() || isMember() ? Standing.LEDGER : Standing.NONE;
        }

        /** The item as the reader sees it, or nothing when the reader may not know it. */
        public Optional<SupervisedItem> show(SupervisedItem item) {
            return switch (standing(item)) {
                case FULL -> Optional.of(item);
                case LEDGER -> Optional.of(ledgerView(item));
                case NONE -> Optional.empty();
            };
        }

        public List<SupervisedItem> show(List<SupervisedItem> list) {
            return list.stream().map(this::show).flatMap(Optional::stream).toList();
        }

        /** Whether the reader sees the plan's items at all: its member units, the district and the administrator. */
        public boolean seesItems() {
            return reader.district() || reader.administrator() || plan != null && (reader.leadDepartment() || isMember());
        }

        private boolean isMember() {
            if (plan == null || reader.unit() == null) {
                return false;
            }
            if (member == null) {
                // Without the items at hand the database tells whether the unit is one of the plan's.
                member = planItems == null
                        ? plan.leadUnit() != null && reader.isOf(plan.leadUnit().code()) || items.worksOnPlan(plan.id(), reader.unit())
                        : members(plan, planItems).contains(reader.unit());
            }
            return member;
        }
    }
}
