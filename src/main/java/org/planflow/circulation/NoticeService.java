package org.planflow.circulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.planflow.plan.BreakdownItem;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanService;
import org.planflow.plan.UnitRef;
import org.planflow.shared.NotFoundException;
import org.planflow.shared.document.Attachment;
import org.planflow.shared.document.OfficialDocument;
import org.planflow.shared.document.OfficialDocuments;
import org.planflow.shared.document.Section;
import org.planflow.shared.document.Table;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The issued notice as a .docx in the red-header style of GB/T 9704: the covering notice, then the
 * plan's text and its breakdown table as the attachment.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class NoticeService {

    private static final List<String> TABLE_HEADERS = List.of("序号", "类别", "任务/指标", "分值", "评分方法", "牵头单位",
            "配合单位", "完成时限");

    private final PlanService plans;
    private final IssuanceService issuances;

    public NoticeService(PlanService plans, IssuanceService issuances) {
        this.plans = plans;
        this.issuances = issuances;
    }

    /** The plan's issued notice; 404 before it is issued. */
    public byte[] noticeDocx(long planId) {
        Plan plan = plans.get(planId);
        Issuance issuance = issuances.issuance(planId)
                .filter(found -> found.docNumber() != null)
                .orElseThrow(() -> new NotFoundException("Plan " + planId + " has not been issued"));
        DocumentType type = issuances.documentType(issuance.prefix());
        return OfficialDocuments.docx(new OfficialDocument(type.mark(), issuance.docNumber(), issuance.noticeTitle(),
                issuance.addressees(), issuance.noticeText(), type.issuer(), issuance.issueDate(), null, type.issuer(),
                issuance.issueDate(), List.of(attachment(plan))));
    }

    /** The file name a download gets: the document number and the title. */
    public String fileName(long planId) {
        Plan plan = plans.get(planId);
        return (plan.docNumber() == null ? "" : plan.docNumber() + " ") + plan.title() + ".docx";
    }

    private static Attachment attachment(Plan plan) {
        List<Section> sections = plan.sections().stream()
                .map(section -> new Section(section.outline(), section.level(), section.heading(), section.body()))
                .toList();
        Table table = plan.items().isEmpty() ? null : new Table(TABLE_HEADERS, rows(plan.items()));
        return new Attachment(plan.title(), sections, table);
    }

    private static List<List<String>> rows(List<BreakdownItem> items) {
        List<List<String>> rows = new ArrayList<>();
        for (BreakdownItem item : items) {
            rows.add(List.of(String.valueOf(item.seq()), Objects.toString(item.category(), ""), item.indicator(),
                    item.score() == null ? "" : item.score().stripTrailingZeros().toPlainString(),
                    Objects.toString(item.scoringMethod(), ""), Objects.toString(item.leadName(), ""),
                    item.coopUnits().stream().map(UnitRef::name).collect(Collectors.joining("、")),
                    item.dueDate() == null ? "" : item.dueDate().toString()));
        }
        return rows;
    }
}
