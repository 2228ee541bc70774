package org.planflow.plan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.planflow.importing.BreakdownWorkbook;
import org.planflow.importing.DocumentImporter;
import org.planflow.importing.DocumentWarning;
import org.planflow.importing.ImportedDocument;
import org.planflow.importing.KnownUnit;
import org.planflow.importing.ProposedItem;
import org.planflow.importing.ProposedOrganisation;
import org.planflow.importing.ProposedUnit;
import org.planflow.importing.UnitGroup;
import org.planflow.importing.UnitMatcher;
import org.planflow.organization.OrgUnit;
import org.planflow.organization.OrganizationService;
import org.planflow.organization.UnitAdminService;
import org.planflow.organization.UnitAlias;
import org.planflow.organization.UnitAliases;
import org.planflow.organization.UnitType;
import org.planflow.plan.persistence.PlanRepository;
import org.planflow.shared.Formats;
import org.planflow.shared.PlanFlowClock;
import org.planflow.shared.UploadLimit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans from documents and breakdown tables from spreadsheets: a .docx or .txt becomes a new
 * draft with sections and proposed breakdown items (unit names matched to the district, the rest
 * flagged); an .xlsx replaces a draft's breakdown table only if every row is good. The reading itself
 * is the importing feature's; this service gives it the district's units and maps what it read. A unit name it
 * did not find becomes an alias of the unit the drafter chooses.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PlanImportService {

    /** The unit types each group of units (各乡镇, 各街道办事处, 各部门, 各成员单位) stands for. */
    private static final Map<UnitGroup, Set<UnitType>> GROUP_TYPES = Map.of(
            UnitGroup.TOWNSHIPS, Set.of(UnitType.TOWNSHIP),
            UnitGroup.STREETS, Set.of(UnitType.STREET),
            UnitGroup.DEPARTMENTS, Set.of(UnitType.DEPARTMENT),
            UnitGroup.MEMBER_UNITS, Set.of(UnitType.TOWNSHIP, UnitType.STREET, UnitType.DEPARTMENT));

    private final PlanService plans;
    private final PlanRepository repository;
    private final OrganizationService organization;
    private final UnitAdminService units;
    private final UploadLimit uploadLimit;
    private final PlanFlowClock clock;

    public PlanImportService(PlanService plans, PlanRepository repository, OrganizationService organization,
                             UnitAdminService units, UploadLimit uploadLimit, PlanFlowClock clock) {
        this.plans = plans;
        this.clock = clock;
        this.repository = repository;
        this.organization = organization;
        this.units = units;
        this.uploadLimit = uploadLimit;
    }

    /** A new draft of the caller's unit from a .docx or .txt document. */
    @Transactional
    @PreAuthorize("hasRole(T(org.planflow.shared.Roles).DRAFTER)")
    public Plan importDocument(String fileName, byte[] content) {
        return importDocument(fileName, content, null);
    }

    /**
     * The same as the unit's own plan for the parent plan (配套方案); the sub-plan feature checks first that the unit
     * was asked for one.
     */
    @Transactional
    @PreAuthorize("hasRole(T(org.planflow.shared.Roles).DRAFTER)")
    public Plan importSubPlan(long parentPlanId, String fileName, byte[] content) {
        return importDocument(fileName, content, parentPlanId);
    }

    private Plan importDocument(String fileName, byte[] content, Long parentPlanId) {
        ImportedDocument document = new DocumentImporter(matcher(), uploadLimit).read(fileName, content, LocalDate.ofInstant(clock.instant(), Formats.DISTRICT_ZONE));
        PlanDraft draft = new PlanDraft(document.title(), document.type(), document.docNumber(),
                document.sections().stream().map(s -> new PlanSection(s.outline(), s.level(), s.heading(), s.body())).toList(),
                document.items().stream().map(PlanImportService::item).toList(), null, "导入自 " + fileName,
                office(document.organisation()), leadingGroup(document.organisation()), document.period(), document.cadence(),
                document.reportDueDays());
        return plans.createImported(draft, document.warnings().stream().map(ImportWarning::of).toList(), fileName,
                parentPlanId);
    }

    /** The office's unit as the text names it, where the district knows the unit. */
    private static UnitRef office(ProposedOrganisation organisation) {
        ProposedUnit office = organisation.office();
        return office != null && office.matched() ? new UnitRef(office.code(), office.name()) : null;
    }

    private static LeadingGroup leadingGroup(ProposedOrganisation organisation) {
        return organisation.namesGroup() ? new LeadingGroup(organisation.groupName(), organisation.leader(),
                organisation.deputies(), organisation.members().stream().map(ProposedUnit::code).toList()) : null;
    }

    /** The name the breakdown table of a plan is downloaded under. */
    public static String breakdownFileName(long planId) {
        return "任务分解表-" + planId + ".xlsx";
    }

    /** The plan's breakdown table as an .xlsx workbook. */
    public byte[] exportBreakdown(long planId) {
        Plan plan = plans.get(planId);
        return BreakdownWorkbook.write(plan.title(), plan.items().stream().map(PlanImportService::proposed).toList());
    }

    /** Replaces the breakdown table from an .xlsx workbook; any bad row refuses the whole file. */
    @Transactional
    @PreAuthorize("hasRole(T(org.planflow.shared.Roles).DRAFTER)")
    public Plan importBreakdown(long planId, String fileName, byte[] xlsx) {
        plans.requireEditable(planId);
        return plans.replaceItems(planId, readBreakdown(fileName, xlsx), "导入任务分解表 " + fileName);
    }

    /** The rows of an .xlsx breakdown table for the editor to show before it is saved; any bad row refuses the file. */
    public List<BreakdownItem> readBreakdown(String fileName, byte[] xlsx) {
        return BreakdownWorkbook.read(fileName, xlsx, matcher(), uploadLimit).stream().map(PlanImportService::item).toList();
    }

    /**
     * A unit name the import did not find becomes an alias of the unit the drafter chose: the plan's
     * breakdown items written with that name now name the unit (a revision), and the warning goes.
     */
    @Transactional
    @PreAuthorize("hasRole(T(org.planflow.shared.Roles).DRAFTER)")
    public Plan aliasUnmatchedUnit(long id, String name, String unitCode) {
        Plan plan = plans.requireEditable(id);
        OrgUnit unit = units.addAliasFromDocument(unitCode, name).unit();
        UnaryOperator<UnitRef> resolve = ref -> ref != null && !ref.matched() && name.equals(ref.name())
                ? new UnitRef(unit.code(), unit.name()) : ref;
        List<BreakdownItem> items = plan.items().stream().map(item -> item.withUnits(resolve.apply(item.leadUnit()),
                item.coopUnits().stream().map(resolve).toList())).toList();
        Plan updated = plans.replaceItems(id, items, name + " → " + unit.name());
        repository.setWarnings(id, plan.warnings().stream().filter(warning -> !(DocumentWarning.Code.UNIT_NOT_FOUND.name()
                .equals(warning.code()) && warning.values().contains(name))).toList());
        return plans.load(updated.id());
    }

    /** The district's units with their aliases (简称, 曾用名, units merged into them), and its groups of units. */
    private UnitMatcher matcher() {
        List<UnitAliases> known = organization.unitsWithAliases();
        List<OrgUnit> units = known.stream().map(UnitAliases::unit).toList();
        Map<UnitGroup, List<String>> groups = new EnumMap<>(UnitGroup.class);
        GROUP_TYPES.forEach((group, types) -> groups.put(group,
                units.stream().filter(unit -> types.contains(unit.type())).map(OrgUnit::code).toList()));
        return new UnitMatcher(known.stream().map(unit -> new KnownUnit(unit.unit().code(), unit.unit().name(),
                unit.aliases().stream().map(UnitAlias::alias).toList())).toList(), groups);
    }

    private static BreakdownItem item(ProposedItem item) {
        return new BreakdownItem(item.seq(), item.category(), item.indicator(), item.score(), item.scoringMethod(),
                unit(item.leadUnit()), units(item.coopUnits()), item.dueDate(), LeadGroup.of(item.leadGroup()), item.milestones(),
                item.cadence(), item.targets());
    }

    private static ProposedItem proposed(BreakdownItem item) {
        return new ProposedItem(item.seq(), item.category(), item.indicator(), item.score(), item.scoringMethod(),
                item.leadUnit() == null ? null : new ProposedUnit(item.leadUnit().code(), item.leadUnit().name()),
                item.coopUnits().stream().map(unit -> new ProposedUnit(unit.code(), unit.name())).toList(), item.dueDate(),
                item.leadGroup() == null ? null : item.leadGroup().imported(), item.milestones(), item.cadence(), item.targets());
    }

    private static UnitRef unit(ProposedUnit unit) {
        return unit == null ? null : new UnitRef(unit.code(), unit.name());
    }

    private static List<UnitRef> units(Collection<ProposedUnit> units) {
        return units.stream().map(PlanImportService::unit).toList();
    }
}
