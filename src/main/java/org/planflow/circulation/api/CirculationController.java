package org.planflow.circulation.api;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.planflow.circulation.Acknowledgements;
import org.planflow.circulation.CirculationFields;
import org.planflow.circulation.CirculationProblem;
import org.planflow.circulation.Delivery;
import org.planflow.circulation.DeliveryService;
import org.planflow.circulation.DocNumberCounter;
import org.planflow.circulation.DocNumberService;
import org.planflow.circulation.DocumentType;
import org.planflow.circulation.IssuanceService;
import org.planflow.circulation.NoticeService;
import org.planflow.circulation.RecipientGroupCount;
import org.planflow.shared.FieldValueProblem;
import org.planflow.shared.PageOf;
import org.planflow.shared.PageRequest;
import org.springframework.http.ResponseEntity;
import org.planflow.shared.web.Downloads;
import org.planflow.shared.web.FileDownloaded;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Circulation", description = "Issuance, document numbers, deliveries and acknowledgements (签收)")
class CirculationController {

    private final IssuanceService issuances;
    private final DeliveryService deliveries;
    private final NoticeService notices;
    private final DocNumberService numbers;
    private final Downloads downloads;

    CirculationController(IssuanceService issuances, DeliveryService deliveries, NoticeService notices, DocNumberService numbers,
                          Downloads downloads) {
        this.issuances = issuances;
        this.downloads = downloads;
        this.deliveries = deliveries;
        this.notices = notices;
        this.numbers = numbers;
    }

    @GetMapping("/api/plans/{id}/acknowledgements")
    @Operation(summary = "The plan's issuance, totals (e.g. 18/21 acknowledged, 2 overdue, 1 refused) and every delivery: "
            + "unit {code,name}, status PENDING|READ|ACKNOWLEDGED|REFUSED|OVERDUE, who read it and when, who acknowledged "
            + "or refused it and when (by, at), the refusal reason and where it was re-routed to; the deliveries paged "
            + "({items, page, size, total}) in the units' order")
    Acknowledgements acknowledgements(@PathVariable long id, PageRequest page) {
        return deliveries.acknowledgements(id, page);
    }

    @PostMapping("/api/plans/{id}/acknowledgements/urge")
    @Operation(summary = "OFFICE_CLERK urges every unit whose delivery is overdue: one notice each, in the plan's timeline")
    Map<String, Integer> urge(@PathVariable long id) {
        return Map.of("urged", deliveries.urgeLate(id));
    }

    @GetMapping("/api/plans/{id}/notice.docx")
    @Operation(summary = "The issued notice as .docx (red header, document number, title, addressees, text, issuing office "
            + "and date), with the plan and its breakdown table attached; 404 before issuance")
    ResponseEntity<byte[]> notice(@PathVariable long id) {
        byte[] notice = notices.noticeDocx(id);
        return downloads.file(FileDownloaded.ofPlan(id, "notice", notices.fileName(id)), Downloads.DOCX, notice);
    }

    @GetMapping("/api/circulation/recipient-groups")
    @Operation(summary = "The recipient groups (ALL_TOWNSHIPS, ALL_STREETS, ALL_DEPARTMENTS) with their units and counts")
    List<RecipientGroupCount> recipientGroups() {
        return issuances.recipientGroups();
    }

    @GetMapping("/api/circulation/document-types")
    @Operation(summary = "The document types the office issues: number prefix, name, signing office, red mark")
    List<DocumentType> documentTypes() {
        return issuances.documentTypes();
    }

    @GetMapping("/api/circulation/deliveries")
    @Operation(summary = "Plans delivered to the caller's unit: scope=to-read (待阅, nobody of the unit opened it yet) or "
            + "read (已阅), newest first")
    PageOf<Delivery> deliveries(@RequestParam(defaultValue = "to-read") String scope, PageRequest page) {
        boolean read = switch (scope) {
            case "to-read" -> false;
            case "read" -> true;
            default -> throw FieldValueProblem.notOneOf(CirculationFields.SCOPE, scope, "to-read, read");
        };
        return deliveries.ofMyUnit(read, page);
    }

    @GetMapping("/api/admin/doc-numbers")
    @Operation(summary = "ADMIN: the next document number per prefix and year, with the highest one issued; newest year first")
    PageOf<DocNumberCounter> counters(PageRequest page) {
        return numbers.counters(page);
    }

    @PutMapping("/api/admin/doc-numbers/{prefix}/{year}")
    @Operation(summary = "ADMIN corrects the next number of a prefix in a year ({\"next\": 12}); 409 when that would "
            + "reuse an issued number; audited")
    DocNumberCounter correct(@PathVariable String prefix, @PathVariable int year, @RequestBody NextNumber body) {
        if (body == null || body.next() == null) {
            throw CirculationProblem.NEXT_REQUIRED.at(CirculationFields.NEXT);
        }
        return numbers.correct(prefix, year, body.next());
    }

    record NextNumber(Integer next) {
    }
}
