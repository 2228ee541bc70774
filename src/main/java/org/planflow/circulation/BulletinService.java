package org.planflow.circulation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.planflow.audit.AuditRecord;
import org.planflow.audit.AuditService;
import org.planflow.calendar.Deadlines;
import org.planflow.circulation.persistence.BulletinRepository;
import org.planflow.circulation.process.BulletinCirculation;
import org.planflow.organization.OrganizationService;
import org.planflow.security.CurrentUser;
import org.planflow.shared.PageOf;
import org.planflow.shared.PageRequest;
import org.planflow.shared.Formats;
import org.planflow.shared.NotFoundException;
import org.planflow.shared.Outcome;
import org.planflow.shared.PlanFlowClock;
import org.planflow.shared.document.OfficialDocument;
import org.planflow.shared.document.OfficialDocuments;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulletins (通报) circulated to units as read-only notices: numbered like any issued document, one
 * reading task (READ_NOTICE) per recipient unit, read receipts, and the .docx in the red-header style.
 */
@Service
@Transactional
public class BulletinService {

    public static final int MAX_READ_WORKING_DAYS = 30;

    private final BulletinRepository bulletins;
    private final BulletinCirculation circulation;
    private final DocNumberService numbers;
    private final OrganizationService organization;
    private final AuditService audit;
    private final Deadlines deadlines;
    private final PlanFlowClock clock;
    private final CirculationVisibility visibility;

    public BulletinService(BulletinRepository bulletins, BulletinCirculation circulation, DocNumberService numbers,
                           OrganizationService organization, AuditService audit, Deadlines deadlines, PlanFlowClock clock,
                           CirculationVisibility visibility) {
        this.visibility = visibility;
        this.bulletins = bulletins;
        this.circulation = circulation;
        this.numbers = numbers;
        this.organization = organization;
        this.audit = audit;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** Numbers the bulletin, records it and starts one reading per recipient unit; the caller checked its own rights. */
    @PreAuthorize("permitAll()")
    public Bulletin publish(BulletinRequest request, String publishedBy) {
        Set<String> units = new LinkedHashSet<>(request.units());
        if (units.isEmpty()) {
            throw CirculationProblem.BULLETIN_UNITS_REQUIRED.at(CirculationFields.UNITS);
        }
        Integer days = request.readWorkingDays();
        if (days != null && (days < 1 || days > MAX_READ_WORKING_DAYS)) {
            throw CirculationProblem.READ_DAYS_OUT_OF_RANGE.at(CirculationFields.READ_WORKING_DAYS, MAX_READ_WORKING_DAYS);
        }
        Instant now = clock.instant();
        Instant readDue = days == null ? null : deadlines.workingDaysFromNow(days).toInstant();
        String docNumber = numbers.take(request.prefix(), LocalDate.ofInstant(now, Formats.DISTRICT_ZONE).getYear());
        long id = bulletins.insert(request, docNumber, readDue, publishedBy, now);
        List<Long> readings = bulletins.insertReadings(id, List.copyOf(units));
        Bulletin bulletin = load(id);
        bulletins.setProcessInstances(readings, circulation.start(bulletin, List.copyOf(units), readings));
        audit.recordAs(publishedBy, AuditRecord.of(request.planId(), CirculationAction.BULLETIN_PUBLISHED.name())
                .withDetails(docNumber + " " + request.title() + " → " + units.size()));
        return bulletin;
    }

    /** The recipient unit has read the bulletin (已阅); the caller's right to the task was checked by the inbox. */
    @PreAuthorize("permitAll()")
    public void markRead(long readingId, String username, String taskId) {
        BulletinReading reading = bulletins.lockReading(readingId)
                .orElseThrow(() -> new NotFoundException("No bulletin reading " + readingId));
        if (reading.read()) {
            throw CirculationProblem.BULLETIN_ALREADY_READ.at(null, reading.readByName());
        }
        Instant now = clock.instant();
        bulletins.markRead(readingId, username, now, reading.readDue() != null && now.isAfter(reading.readDue()));
        audit.recordAs(username, AuditRecord.of(reading.planId(), CirculationAction.BULLETIN_READ.name())
                .withOutcome(Outcome.READ.value()).withDetails(reading.docNumber() + " " + reading.unit().code())
                .withUnit(reading.unit().code()).withTask(taskId));
    }

    /** The bulletin with every reading, for the supervision office, leaders, the government office and the publisher. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public BulletinReadings readings(long bulletinId) {
        Bulletin bulletin = get(bulletinId);
        List<BulletinReading> all = bulletins.readingsOf(bulletinId);
        if (!visibility.tracks(bulletin)) {
            String unit = myUnit();
            all = all.stream().filter(reading -> reading.unit().code().equals(unit)).toList();
        }
        return new BulletinReadings(bulletin, all);
    }

    /** A bulletin its reader may see: a recipient unit's staff or those who track bulletins; to others it is unknown. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Bulletin get(long bulletinId) {
        Bulletin bulletin = load(bulletinId);
        if (!visibility.tracks(bulletin) && !bulletins.deliveredTo(bulletinId, myUnit())) {
            throw unknown(bulletinId);
        }
        return bulletin;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Bulletin load(long bulletinId) {
        return bulletins.find(bulletinId).orElseThrow(() -> unknown(bulletinId));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public BulletinReading reading(long readingId) {
        return bulletins.reading(readingId).orElseThrow(() -> new NotFoundException("No bulletin reading " + readingId));
    }

    /** The reading a READ_NOTICE task belongs to, by its process instance. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public BulletinReading readingOfProcess(String processInstanceId) {
        return bulletins.readingOfProcess(processInstanceId)
                .orElseThrow(() -> new NotFoundException("No bulletin reading for process " + processInstanceId));
    }

    /** The bulletin as a .docx in the red-header style of GB/T 9704. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public byte[] docx(long bulletinId) {
        Bulletin bulletin = get(bulletinId);
        LocalDate date = LocalDate.ofInstant(bulletin.publishedAt(), Formats.DISTRICT_ZONE);
        return OfficialDocuments.docx(new OfficialDocument(bulletin.issuerMark(), bulletin.docNumber(), bulletin.title(),
                bulletin.addressees(), bulletin.body(), bulletin.issuer(), date, null, bulletin.issuer(), date, List.of()));
    }

    /** Bulletins circulated to the caller's unit: not read yet (待阅) or read (已阅), newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public PageOf<BulletinReading> ofMyUnit(boolean read, PageRequest page) {
        String unit = myUnit();
        return PageOf.of(bulletins.ofUnit(unit, read, page.offset(), page.size()), page, bulletins.countOfUnit(unit, read));
    }

    private static NotFoundException unknown(long bulletinId) {
        return new NotFoundException("No bulletin " + bulletinId);
    }

    private String myUnit() {
        return organization.user(CurrentUser.require()).unit().code();
    }
}
