package org.planflow.shared.web;

import org.planflow.shared.CodedRefusal;
import org.planflow.shared.ConflictException;
import org.planflow.shared.InvalidInputException;
import org.planflow.shared.NotFoundException;
import org.planflow.shared.Roles;
import org.planflow.shared.TooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Turns the shared business exceptions into application/problem+json answers of /api. */
@RestControllerAdvice(basePackages = "org.planflow")
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return coded(problem(HttpStatus.CONFLICT, e.getMessage()), e);
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return refusal(e);
    }

    /** The answer to input that breaks a rule: its English detail, field, code, values and item-by-item errors. */
    static ProblemDetail refusal(InvalidInputException e) {
        ProblemDetail problem = coded(problem(HttpStatus.BAD_REQUEST, e.getMessage()), e);
        if (e.field() != null) {
            problem.setProperty("field", e.field());
        }
        if (e.code() != null && !(e instanceof CodedRefusal)) {
            problem.setProperty("code", e.code());
            problem.setProperty("values", e.values());
        }
        if (!e.errors().isEmpty()) {
            problem.setProperty("errors", e.errors());
        }
        return problem;
    }

    /** A coded refusal's field, code, values and details beside its English detail, for clients to word it. */
    private static ProblemDetail coded(ProblemDetail problem, RuntimeException e) {
        if (e instanceof CodedRefusal refusal) {
            if (refusal.field() != null) {
                problem.setProperty("field", refusal.field());
            }
            problem.setProperty("code", refusal.code());
            problem.setProperty("values", refusal.values());
            refusal.details().forEach(problem::setProperty);
        }
        return problem;
    }

    /**
     * A service's own refusal says why (a coded one with its code and values); method security's (the roles) says it
     * as the filter chain does.
     */
    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ProblemDetail forbidden(RuntimeException e) {
        return coded(problem(HttpStatus.FORBIDDEN, e instanceof AuthorizationDeniedException ? Roles.NOT_ALLOWED
                : "You may not do this: " + e.getMessage()), e);
    }

    @ExceptionHandler(TooLargeException.class)
    ProblemDetail tooLarge(TooLargeException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "The upload is larger than the limit of " + e.getMaxUploadSize() + " bytes");
    }

    /** Anything unexpected: logged with its stack, answered without internals. */
    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException e) {
        log.error("Unexpected error in an API call", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on the server; the error was logged.");
    }

    private static ProblemDetail problem(HttpStatus status, String detail) {
        return ProblemDetail.forStatusAndDetail(status, detail);
    }
}
