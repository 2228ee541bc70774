package org.planflow.organization.api;

import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonMappingException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A value of the wrong kind in an administration request names its field (the shared handlers answer every coded
 * refusal, a busy unit's with its open work).
 */
@RestControllerAdvice(basePackages = "org.planflow.organization.api")
@Order(Ordered.HIGHEST_PRECEDENCE)
class OrganizationProblems {

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
}
