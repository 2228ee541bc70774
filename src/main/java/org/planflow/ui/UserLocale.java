package org.planflow.ui;

import java.util.Locale;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.planflow.organization.OrganizationService;
import org.planflow.organization.UserAccount;
import org.planflow.security.CurrentUser;
import org.springframework.stereotype.Component;

/** Chinese unless the logged-in user chose English; every new UI starts in the user's language. */
@Component
public class UserLocale implements VaadinServiceInitListener {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final OrganizationService organization;

    public UserLocale(OrganizationService organization) {
        this.organization = organization;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(current()));
    }

    public Locale current() {
        return CurrentUser.username()
                .map(organization::user)
                .map(UserAccount::locale)
                .orElse(CHINESE);
    }

    public void change(Locale locale) {
        organization.changeLocale(CurrentUser.require(), locale);
    }
}
