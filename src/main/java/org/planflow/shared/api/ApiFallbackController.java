package org.planflow.shared.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.planflow.shared.NotFoundException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Unknown paths under /api answer 404 problem+json; without this the request would fall through
 * to the Vaadin servlet and come back as a 200 HTML page.
 */
@RestController
@Hidden
class ApiFallbackController {

    @RequestMapping("/api/**")
    void unknown(HttpServletRequest request) {
        throw new NotFoundException("No API resource " + request.getMethod() + " " + request.getRequestURI());
    }
}
