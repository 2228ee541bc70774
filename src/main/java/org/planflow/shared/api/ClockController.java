package org.planflow.shared.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import org.planflow.shared.ClockMoved;
import org.planflow.shared.FieldValueProblem;
import org.planflow.shared.PlanFlowClock;
import org.planflow.shared.Roles;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Moves PlanFlow's and the engine's clock; exists only where {@code planflow.clock.adjustable=true}. */
@RestController
@RequestMapping("/api/admin/clock")
@ConditionalOnProperty(name = "planflow.clock.adjustable", havingValue = "true")
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Clock", description = "Test and demo only: move the current time (planflow.clock.adjustable=true)")
class ClockController {

    private final PlanFlowClock clock;
    private final ApplicationEventPublisher events;

    ClockController(PlanFlowClock clock, ApplicationEventPublisher events) {
        this.clock = clock;
        this.events = events;
    }

    @GetMapping
    @Operation(summary = "The current time as PlanFlow sees it")
    Map<String, Object> now() {
        return Map.of("now", clock.instant().toString(), "adjusted", clock.isAdjusted());
    }

    @PostMapping
    @Operation(summary = "Move the clock to the given time; due timer jobs then run within seconds")
    Map<String, Object> move(@RequestBody MoveClock request) {
        if (request.now() == null) {
            throw FieldValueProblem.REQUIRED.at("now");
        }
        Instant before = clock.instant();
        clock.moveTo(request.now().toInstant());
        events.publishEvent(new ClockMoved(before, clock.instant(), true));
        return now();
    }

    @DeleteMapping
    @Operation(summary = "Back to real time")
    Map<String, Object> reset() {
        Instant before = clock.instant();
        clock.reset();
        events.publishEvent(new ClockMoved(before, clock.instant(), false));
        return now();
    }

    record MoveClock(OffsetDateTime now) {
    }
}
