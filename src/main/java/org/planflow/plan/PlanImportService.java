package org.planflow.plan;

import java.util.List;

import org.planflow.organization.OrganizationService;
import org.planflow.plan.importing.BreakdownWorkbook;
import org.planflow.plan.importing.DocumentImporter;
import org.planflow.plan.importing.ImportedDocument;
import org.planflow.plan.importing.UnitMatcher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans from documents and breakdown tables from spreadsheets: a .docx or .txt becomes a new
 * draft with sections and proposed breakdown items (unit names matched to the district, the rest
 * flagged); an .xlsx replaces a draft's breakdown table only if every row is good.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PlanImportService {

    private final PlanService plans;
    private final OrganizationService organization;

    public PlanImportService(PlanService plans, OrganizationService organization) {
        this.plans = plans;
        this.organization = organization;
    }

    /** A new draft of the caller's unit from a .docx or .txt document. */
    @Transactional
    @PreAuthorize("hasRole(T(org.planflow.shared.Roles).DRAFTER)")
    public Plan importDocument(String fileName, byte[] content) {
        ImportedDocument document = new DocumentImporter(matcher()).read(fileName, content);
        PlanDraft draft = new PlanDraft(document.title(), document.type(), document.docNumber(), document.sections(),
                document.items(), null, "导入自 " + fileName);
        return plans.createImported(draft, document.warnings(), fileName);
    }

    /** The plan's breakdown table as an .xlsx workbook. */
    public byte[] exportBreakdown(long planId) {
        Plan plan = plans.get(planId);
        return BreakdownWorkbook.write(plan.title(), plan.items());
    }

    /** Replaces the breakdown table from an .xlsx workbook; any bad row refuses the whole file. */
    @Transactional
    @PreAuthorize("hasRole(T(org.planflow.shared.Roles).DRAFTER)")
    public Plan importBreakdown(long planId, String fileName, byte[] xlsx) {
        plans.requireEditable(planId);
        List<BreakdownItem> items = BreakdownWorkbook.read(xlsx, matcher());
        return plans.replaceItems(planId, items, "导入任务分解表 " + fileName);
    }

    /** The rows of an .xlsx breakdown table for the editor to show before it is saved; any bad row refuses the file. */
    public List<BreakdownItem> readBreakdown(byte[] xlsx) {
        return BreakdownWorkbook.read(xlsx, matcher());
    }

    private UnitMatcher matcher() {
        return new UnitMatcher(organization.units());
    }
}
