package org.planflow.security;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.support.AbstractApplicationContext;

/**
 * What the running application publishes about logins, heard from the moment this is made until it is
 * closed (whichever server thread published it), as the audit trail hears it.
 */
final class LoginEvents implements AutoCloseable {

    private final ApplicationEventMulticaster multicaster;
    private final List<Object> heard = new CopyOnWriteArrayList<>();
    private final ApplicationListener<ApplicationEvent> listener = event -> {
        if (event instanceof PayloadApplicationEvent<?> payload
                && (payload.getPayload() instanceof LoginAttempted || payload.getPayload() instanceof AccountLockedOut)) {
            heard.add(payload.getPayload());
        }
    };

    LoginEvents(ApplicationContext context) {
        multicaster = context.getBean(AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME,
                ApplicationEventMulticaster.class);
        multicaster.addApplicationListener(listener);
    }

    List<LoginAttempted> attempts() {
        return heard.stream().filter(LoginAttempted.class::isInstance).map(LoginAttempted.class::cast).toList();
    }

    List<AccountLockedOut> lockouts() {
        return heard.stream().filter(AccountLockedOut.class::isInstance).map(AccountLockedOut.class::cast).toList();
    }

    @Override
    public void close() {
        multicaster.removeApplicationListener(listener);
    }
}
