package org.planflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.planflow.AdjustableClock;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.SessionClient;
import org.planflow.organization.UserAdminService;
import org.planflow.organization.UserForm;
import org.planflow.security.LoginAttempted.Outcome;
import org.planflow.shared.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Failed logins from distinct client machines (distinct loopback addresses) against the running
 * application: who gets locked out, for how long by PlanFlow's clock, and what they are told.
 */
@PlanFlowTest
class LoginThrottleIT {

    private static final String TEST_PASSWORD = "Chushi-2026";

    @RegisterExtension
    final AdjustableClock clock = new AdjustableClock();

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SecurityProperties limits;

    LoginEvents events;

    @BeforeEach
    void listen() {
        events = new LoginEvents(context);
    }

    @AfterEach
    void forgetFailures() {
        events.close();
        jdbc.sql("DELETE FROM login_failure").update();
        jdbc.sql("DELETE FROM login_failure_address").update();
    }

    @Test
    void a_strangers_failures_from_one_address_leave_the_owner_free_to_log_in_from_another() {
        ClientAt stranger = new ClientAt("127.0.0.2", port);
        ClientAt owner = new ClientAt("127.0.0.3", port);
        Instant before = clock.instant();

        for (int attempt = 0; attempt < limits.maxFailedLogins(); attempt++) {
            assertThat(stranger.get("/api/me", "staff-town-2", "guess-" + attempt).status()).isEqualTo(401);
        }

        assertThat(stranger.get("/api/me", "staff-town-2", "demo").status())
                .as("the stranger's address is locked for the account, even with its password").isEqualTo(401);
        assertThat(owner.get("/api/me", "staff-town-2", "demo").status()).as("the owner, from their own address").isEqualTo(200);
        assertThat(events.lockouts()).singleElement().satisfies(lockout -> {
            assertThat(lockout.username()).isEqualTo("staff-town-2");
            assertThat(lockout.clientAddress()).isEqualTo("127.0.0.2");
            assertThat(lockout.until()).isBetween(before.plus(limits.lockDuration()), clock.instant().plus(limits.lockDuration()));
        });
        assertThat(events.attempts()).extracting(LoginAttempted::clientAddress, LoginAttempted::outcome).containsExactly(
                tuple("127.0.0.2", Outcome.BAD_CREDENTIALS), tuple("127.0.0.2", Outcome.BAD_CREDENTIALS),
                tuple("127.0.0.2", Outcome.BAD_CREDENTIALS), tuple("127.0.0.2", Outcome.BAD_CREDENTIALS),
                tuple("127.0.0.2", Outcome.BAD_CREDENTIALS), tuple("127.0.0.2", Outcome.THROTTLED),
                tuple("127.0.0.3", Outcome.SUCCEEDED));
    }

    @Test
    void the_lock_ends_when_planflows_clock_passes_it_and_the_count_starts_again() {
        ClientAt client = new ClientAt("127.0.0.4", port);
        failTimes(client, "staff-town-3", limits.maxFailedLogins());
        assertThat(client.get("/api/me", "staff-town-3", "demo").status()).isEqualTo(401);

        clock.moveTo(clock.instant().plus(limits.lockDuration()).minus(Duration.ofMinutes(1)));
        assertThat(client.get("/api/me", "staff-town-3", "demo").status()).as("a minute before the lock ends").isEqualTo(401);

        clock.moveTo(clock.instant().plus(Duration.ofMinutes(2)));
        failTimes(client, "staff-town-3", limits.maxFailedLogins() - 1);
        assertThat(client.get("/api/me", "staff-town-3", "demo").status())
                .as("after the lock, the count started again from nothing").isEqualTo(200);

        failTimes(client, "staff-town-3", limits.maxFailedLogins());
        assertThat(client.get("/api/me", "staff-town-3", "demo").status()).as("locked again").isEqualTo(401);
        assertThat(events.lockouts()).hasSize(2);
    }

    @Test
    void too_many_failures_from_one_address_lock_it_for_every_account() {
        ClientAt guesser = new ClientAt("127.0.0.5", port);
        for (int attempt = 0; attempt < limits.maxFailedLoginsPerAddress(); attempt++) {
            assertThat(guesser.get("/api/me", "nobody-" + attempt, "guess").status()).isEqualTo(401);
        }

        assertThat(guesser.get("/api/me", "staff-town-4", "demo").status())
                .as("any account from that address, though it never failed").isEqualTo(401);
        assertThat(new ClientAt("127.0.0.6", port).get("/api/me", "staff-town-4", "demo").status())
                .as("the account from another address").isEqualTo(200);
        assertThat(events.lockouts()).extracting(AccountLockedOut::clientAddress).containsExactly("127.0.0.5");
        assertThat(events.attempts()).filteredOn(attempt -> attempt.clientAddress().equals("127.0.0.5"))
                .extracting(LoginAttempted::outcome).containsOnly(Outcome.UNKNOWN_ACCOUNT, Outcome.THROTTLED)
                .last().isEqualTo(Outcome.THROTTLED);
    }

    @Test
    void every_kind_of_failed_login_gets_the_same_answer_from_the_api_and_the_login_form() {
        newAccount("test-lt-locked", UserAdminService::lock);
        newAccount("test-lt-disabled", UserAdminService::disable);
        ClientAt throttled = new ClientAt("127.0.0.8", port);
        failTimes(throttled, "staff-town-5", limits.maxFailedLogins());
        ClientAt client = new ClientAt("127.0.0.7", port);
        Map<Outcome, ApiClient.Response> answers = Map.of(
                Outcome.BAD_CREDENTIALS, client.get("/api/me", "staff-town-6", "wrong"),
                Outcome.UNKNOWN_ACCOUNT, client.get("/api/me", "nobody-at-all", "demo"),
                Outcome.LOCKED, client.get("/api/me", "test-lt-locked", TEST_PASSWORD),
                Outcome.DISABLED, client.get("/api/me", "test-lt-disabled", TEST_PASSWORD),
                Outcome.THROTTLED, throttled.get("/api/me", "staff-town-5", "demo"));

        answers.forEach((outcome, answer) -> assertThat(answer.status()).as(outcome.name()).isEqualTo(401));
        ApiClient.Response wrongPassword = answers.get(Outcome.BAD_CREDENTIALS);
        assertThat(wrongPassword.contentType()).startsWith("application/problem+json");
        assertThat(wrongPassword.json().path("detail").asText()).isEqualTo(SecurityProblem.LOGIN_FAILED.english(List.of()));
        assertThat(wrongPassword.json().path("code").asText()).isEqualTo("LOGIN_FAILED");
        answers.forEach((outcome, answer) -> assertThat(answer.body()).as(outcome.name()).isEqualTo(wrongPassword.body()));
        assertThat(events.attempts()).extracting(LoginAttempted::outcome).containsAll(answers.keySet());

        for (String[] login : List.of(new String[] {"staff-town-6", "wrong"}, new String[] {"nobody-at-all", "demo"},
                new String[] {"test-lt-locked", TEST_PASSWORD}, new String[] {"test-lt-disabled", TEST_PASSWORD})) {
            ApiClient.Response form = SessionClient.submitLogin(port, login[0], login[1]);
            assertThat(form.status()).as(login[0]).isEqualTo(302);
            assertThat(form.location()).as(login[0]).endsWith("/login?error");
        }
    }

    @Test
    void x_forwarded_for_is_ignored_unless_a_proxy_is_configured() {
        ClientAt client = new ClientAt("127.0.0.9", port);
        for (int attempt = 0; attempt < limits.maxFailedLogins(); attempt++) {
            assertThat(client.get("/api/me", "staff-street-1", "guess", "X-Forwarded-For", "203.0.113." + attempt).status())
                    .isEqualTo(401);
        }

        assertThat(client.get("/api/me", "staff-street-1", "demo", "X-Forwarded-For", "198.51.100.1").status())
                .as("every attempt came from 127.0.0.9, whatever the header said").isEqualTo(401);
        assertThat(events.attempts()).extracting(LoginAttempted::clientAddress).containsOnly("127.0.0.9");
    }

    private static void failTimes(ClientAt client, String username, int times) {
        for (int attempt = 0; attempt < times; attempt++) {
            assertThat(client.get("/api/me", username, "wrong-" + attempt).status()).isEqualTo(401);
        }
    }

    private void newAccount(String username, BiConsumer<UserAdminService, String> then) {
        UserAdminService users = context.getBean(UserAdminService.class);
        RunAs.user("admin", Set.of(Roles.ADMIN), () -> {
            users.create(new UserForm(username, "测试账户", "swj", Set.of(Roles.UNIT_STAFF), null, TEST_PASSWORD));
            then.accept(users, username);
        });
    }
}
