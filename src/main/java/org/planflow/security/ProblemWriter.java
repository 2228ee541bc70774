package org.planflow.security;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Writes the security chain's refusals as application/problem+json, as the API answers everything else. */
@Component
public class ProblemWriter {

    private final ObjectMapper objectMapper;

    ProblemWriter(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /** The problem, with a {@code code} property where the client may act on the kind of refusal. */
    void write(HttpServletResponse response, HttpStatus status, String detail, String code) throws IOException {
        writeWith(response, status, detail, code == null ? Map.of() : Map.of("code", code));
    }

    /** The problem with further properties, such as a coded refusal's {@code code} and {@code values}. */
    public void writeWith(HttpServletResponse response, HttpStatus status, String detail, Map<String, ?> properties) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        properties.forEach(problem::setProperty);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        objectMapper.writeValue(response.getWriter(), problem);
    }
}
