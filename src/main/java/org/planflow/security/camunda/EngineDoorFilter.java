package org.planflow.security.camunda;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.planflow.security.CurrentUser;
import org.planflow.security.EngineOperationPerformed;
import org.planflow.security.ProblemWriter;
import org.planflow.shared.PlanFlowClock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The guard on /engine-rest and the web apps' APIs, behind Spring Security (which lets only ADMIN through): refuses
 * what {@link EngineDoors} refuses, passes everything else to Camunda, and publishes every changing call, refused or
 * not, with its answer's status for the audit trail.
 */
class EngineDoorFilter extends OncePerRequestFilter {

    private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

    private final EngineDoors doors;
    private final ProblemWriter problems;
    private final ApplicationEventPublisher events;
    private final PlanFlowClock clock;

    EngineDoorFilter(EngineDoors doors, ProblemWriter problems, ApplicationEventPublisher events, PlanFlowClock clock) {
        this.doors = doors;
        this.problems = problems;
        this.events = events;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (READING.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean answered = false;
        try {
            Optional<EngineDoors.Refusal> refusal = doors.refusal(request.getMethod(), path);
            if (refusal.isPresent()) {
                refuse(response, refusal.get());
            } else {
                chain.doFilter(request, response);
            }
            answered = true;
        } finally {
            events.publishEvent(new EngineOperationPerformed(CurrentUser.username().orElse(null), request.getRemoteAddr(),
                    request.getMethod(), path, answered ? response.getStatus() : HttpStatus.INTERNAL_SERVER_ERROR.value(),
                    clock.instant()));
        }
    }

    /** Camunda's web apps show an error's {@code message}; PlanFlow's clients read {@code detail} and {@code code}. */
    private void refuse(HttpServletResponse response, EngineDoors.Refusal refusal) throws IOException {
        problems.writeWith(response, HttpStatus.FORBIDDEN, refusal.detail(),
                Map.of("code", refusal.problem().name(), "values", refusal.values(), "message", refusal.detail()));
    }
}
