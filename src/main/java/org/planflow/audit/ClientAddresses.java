package org.planflow.audit;

import java.util.Optional;

import com.vaadin.flow.server.VaadinRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address of the client whose request is being served, as the server sees it (behind a configured proxy, the
 * forwarded client's). Empty where nobody asked: the engine's jobs, start-up.
 */
final class ClientAddresses {

    private ClientAddresses() {
    }

    static Optional<String> current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            return Optional.ofNullable(servlet.getRequest().getRemoteAddr());
        }
        // A Vaadin request outside Spring's request scope, e.g. a browserless UI test.
        VaadinRequest vaadin = VaadinRequest.getCurrent();
        return vaadin == null ? Optional.empty() : Optional.ofNullable(vaadin.getRemoteAddr());
    }
}
