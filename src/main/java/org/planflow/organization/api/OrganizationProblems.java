package org.planflow.organization.api;

import org.planflow.organization.OrganizationConflictException;
import org.planflow.organization.OrganizationInputException;
import org.planflow.organization.OrganizationProblem;
import org.planflow.organization.UnitBusyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The administration's refusals as problem+json with their code, values and field, so clients can word
 * them; a busy unit's problem lists the open tasks and waiting processes. Ahead of the shared handler,
 * which answers the same exceptions without the code.
 */
@RestControllerAdvice(basePackages = "org.planflow.organization.api")
@Order(Ordered.HIGHEST_PRECEDENCE)
class OrganizationProblems {

    @ExceptionHandler(OrganizationInputException.class)
    ProblemDetail invalid(OrganizationInputException e) {
        return problem(HttpStatus.BAD_REQUEST, e.getMessage(), e);
    }

    @ExceptionHandler(OrganizationConflictException.class)
    ProblemDetail conflict(OrganizationConflictException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, e.getMessage(), e);
        if (e instanceof UnitBusyException busy) {
            problem.setProperty("count", busy.work().size());
            problem.setProperty("tasks", busy.tasks());
            problem.setProperty("processes", busy.processes());
        }
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String detail, OrganizationProblem.Refusal refusal) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", refusal.problem().name());
        problem.setProperty("values", refusal.values());
        if (refusal.field() != null) {
            problem.setProperty("field", refusal.field());
        }
        return problem;
    }
}
