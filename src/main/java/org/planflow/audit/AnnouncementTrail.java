package org.planflow.audit;

import java.time.Instant;
import java.util.Optional;

import org.planflow.audit.persistence.AuditRepository;
import org.planflow.security.AccountLockedOut;
import org.planflow.security.CurrentUser;
import org.planflow.security.EngineOperationPerformed;
import org.planflow.security.LoginAttempted;
import org.planflow.shared.ClockMoved;
import org.planflow.shared.Formats;
import org.planflow.shared.PlanFlowClock;
import org.planflow.shared.web.FileDownloaded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records what other parts announce that changes no business record: logins and lockouts, downloads, operations
 * in the engine's own doors, moves of the clock. Each is written in a transaction of its own, so a failed login
 * or a download leaves its trace whatever the request's own transaction does.
 */
@Component
class AnnouncementTrail {

    /** The widths of audit_event's actor and subject. */
    private static final int ACTOR_LENGTH = 64;
    private static final int SUBJECT_LENGTH = 100;
    /** The subject of the clock's moves, so the trail shows them alone. */
    static final String CLOCK_SUBJECT = "clock";

    private final AuditRepository repository;
    private final PlanFlowClock clock;
    private final TransactionTemplate separate;
    private final RecentSignIns recentSignIns = new RecentSignIns();

    AnnouncementTrail(AuditRepository repository, PlanFlowClock clock, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.clock = clock;
        this.separate = new TransactionTemplate(transactions);
        separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void on(LoginAttempted login) {
        String username = cut(Optional.ofNullable(login.username()).orElse(""), ACTOR_LENGTH);
        Instant at = login.at() == null ? clock.instant() : login.at();
        if (login.outcome() == LoginAttempted.Outcome.SUCCEEDED
                && !recentSignIns.firstWithinInterval(username, login.clientAddress(), login.token(), at)) {
            return;
        }
        // A secret no token has names no account: the row is about the token as far as its first characters tell.
        String subject = login.outcome() == LoginAttempted.Outcome.UNKNOWN_TOKEN ? "token:" + login.token() : "user:" + username;
        write(username, login.clientAddress(), at, AuditRecord.of(AuditCategory.LOGIN, TrailAction.of(login.outcome()))
                .withSubject(cut(subject, SUBJECT_LENGTH)).withDetails(login.token()));
    }

    @EventListener
    void on(AccountLockedOut lockout) {
        String username = cut(Optional.ofNullable(lockout.username()).orElse(""), ACTOR_LENGTH);
        write(AuditService.SYSTEM, lockout.clientAddress(), clock.instant(),
                AuditRecord.of(AuditCategory.LOGIN, TrailAction.ACCOUNT_LOCKED_OUT).withSubject(cut("user:" + username, SUBJECT_LENGTH))
                        .withDetails(Formats.dateTime(lockout.until())));
    }

    @EventListener
    void on(EngineOperationPerformed operation) {
        write(cut(operation.username(), ACTOR_LENGTH), operation.clientAddress(), operation.at(),
                AuditRecord.of(AuditCategory.ENGINE, TrailAction.ENGINE_OPERATION).withOutcome(String.valueOf(operation.status()))
                        .withDetails(operation.method() + " " + operation.path() + " → " + operation.status()));
    }

    @EventListener
    void on(FileDownloaded download) {
        write(currentActor(), ClientAddresses.current().orElse(null), clock.instant(),
                new AuditRecord(download.planId(), TrailAction.FILE_DOWNLOADED.name(), null, null, download.fileName(), null,
                        download.itemId(), cut(download.what(), SUBJECT_LENGTH), null, null, AuditCategory.DOWNLOAD));
    }

    @EventListener
    void on(ClockMoved move) {
        write(currentActor(), ClientAddresses.current().orElse(null), clock.instant(),
                AuditRecord.of(AuditCategory.SETTINGS, move.adjusted() ? TrailAction.CLOCK_MOVED : TrailAction.CLOCK_RESET)
                        .withSubject(CLOCK_SUBJECT).withDetails(Formats.dateTime(move.before()) + " → " + Formats.dateTime(move.after())));
    }

    private void write(String actor, String clientAddress, Instant at, AuditRecord event) {
        separate.executeWithoutResult(status -> repository.insert(actor, clientAddress, event, at == null ? clock.instant() : at));
    }

    private static String currentActor() {
        return CurrentUser.username().orElse(AuditService.SYSTEM);
    }

    private static String cut(String text, int length) {
        return text == null ? "" : text.length() <= length ? text : text.substring(0, length);
    }
}
