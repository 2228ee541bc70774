package org.planflow.shared.web;

import java.util.List;

import org.planflow.shared.CodedInputException;
import org.planflow.shared.FieldValueProblem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A path or query value of the wrong kind ({@code /api/plans/first}) refused as a coded refusal of that parameter.
 * Spring's own problem details would answer it first, uncoded; this advice holds only this handler, so it can go
 * first without taking any other exception from Spring.
 */
@RestControllerAdvice(basePackages = "org.planflow")
@Order(Ordered.HIGHEST_PRECEDENCE)
class TypeMismatchAdvice {

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return ApiExceptionHandler.refusal(
                new CodedInputException(e.getName(), FieldValueProblem.VALUE_INVALID, List.of(String.valueOf(e.getValue()))));
    }
}
