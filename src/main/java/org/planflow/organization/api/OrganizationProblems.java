package org.planflow.organization.api;

import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonMappingException;
import org.planflow.organization.OrganizationConflictException;
import org.planflow.organization.OrganizationInputException;
import org.planflow.organization.OrganizationProblem;
import org.planflow.organization.UnitBusyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The administration's refusals as problem+json with their code, values and field, so clients can word
 * them; a busy unit's problem lists the open tasks and waiting processes; a value of the wrong kind
 * names its field. Ahead of the shared handlers, which answer the same exceptions without these.
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

    /** A value of the wrong kind, such as an unknown unit type: 400 naming the field. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail notReadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    field + ": not a valid value here: " + mapping.getOriginalMessage());
            problem.setProperty("field", field);
            return problem;
        }
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request body is not the JSON this call takes");
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
