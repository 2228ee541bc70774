package org.planflow.circulation;

import org.planflow.audit.AuditCategory;
import org.planflow.audit.AuditRecord;
import org.planflow.audit.AuditService;
import org.planflow.circulation.persistence.DocNumberRepository;
import org.planflow.shared.PageOf;
import org.planflow.shared.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The document number counters per prefix and year, for ADMIN to see and correct, e.g. after numbers
 * were given out on paper. A correction may skip numbers but never go back to one already issued.
 */
@Service
@Transactional
@PreAuthorize("hasRole(T(org.planflow.shared.Roles).ADMIN)")
public class DocNumberService {

    public static final int MAX_NUMBER = 100_000;
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    private final DocNumberRepository numbers;
    private final IssuanceService issuances;
    private final AuditService audit;

    public DocNumberService(DocNumberRepository numbers, IssuanceService issuances, AuditService audit) {
        this.numbers = numbers;
        this.issuances = issuances;
        this.audit = audit;
    }

    /** The next number of a prefix in a year, e.g. for supervision notices (督办〔2026〕3号), taken like an issuance's. */
    @PreAuthorize("permitAll()")
    public String take(String prefix, int year) {
        return IssuanceService.format(prefix, year, numbers.take(prefix, year));
    }

    @Transactional(readOnly = true)
    public PageOf<DocNumberCounter> counters(PageRequest page) {
        return PageOf.of(numbers.counters(page.offset(), page.size()), page, numbers.countCounters());
    }

    /** Sets the next number of the prefix in the year; 409 when it would reuse an issued number. */
    public DocNumberCounter correct(String prefix, int year, int next) {
        String known = issuances.documentType(prefix).prefix();
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw CirculationProblem.YEAR_OUT_OF_RANGE.at(CirculationFields.YEAR, MIN_YEAR, MAX_YEAR);
        }
        if (next < 1 || next > MAX_NUMBER) {
            throw CirculationProblem.NEXT_OUT_OF_RANGE.at(CirculationFields.NEXT, MAX_NUMBER);
        }
        int previous = numbers.lockNext(known, year).orElse(1);
        int lastIssued = numbers.lastIssued(known, year);
        if (next <= lastIssued) {
            throw CirculationProblem.NUMBER_ISSUED.at(CirculationFields.NEXT, IssuanceService.format(known, year, lastIssued), lastIssued + 1);
        }
        numbers.setNext(known, year, next);
        audit.record(AuditRecord.of(AuditCategory.SETTINGS, CirculationAction.DOC_NUMBER_CORRECTED)
                .withOutcome(String.valueOf(next)).withDetails(known + "〔" + year + "〕 " + previous + " → " + next));
        return new DocNumberCounter(known, year, next, lastIssued);
    }
}
