package org.planflow.ui;

import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.planflow.organization.OrganizationService;
import org.planflow.organization.UserAccount;
import org.planflow.security.ApiTokenService;
import org.planflow.security.CurrentUser;
import org.planflow.shared.ui.Callouts;
import org.planflow.shared.ui.Feedback;

/**
 * 个人设置: a person changes their own password and language and keeps their API tokens. After an administrator
 * reset their password they are sent here on every page until they have changed it, and may issue no token before.
 */
@Route(AccountView.ROUTE)
@PermitAll
class AccountView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "account";

    private final transient OrganizationService organization;
    private final transient UserLocale userLocale;
    private final PasswordField current = new PasswordField();
    private final PasswordField next = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    AccountView(OrganizationService organization, UserLocale userLocale, ApiTokenService tokens) {
        this.organization = organization;
        this.userLocale = userLocale;
        String username = CurrentUser.require();
        UserAccount user = organization.user(username);
        setMaxWidth("48rem");

        Div required = new Div(getTranslation("account.password.required"));
        required.setId("password-change-required");
        Callouts.warning(required);
        required.setVisible(organization.credentials(username).map(credentials -> credentials.mustChangePassword()).orElse(false));

        current.setId("current-password");
        current.setLabel(getTranslation("account.password.current"));
        next.setId("new-password");
        next.setLabel(getTranslation("account.password.new"));
        next.setHelperText(getTranslation("account.password.rule"));
        repeat.setId("repeat-password");
        repeat.setLabel(getTranslation("account.password.repeat"));
        Button change = new Button(getTranslation("account.password.change"), click -> changePassword(username, required));
        change.setId("change-password");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout password = new FormLayout(current, next, repeat);
        password.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));

        RadioButtonGroup<Locale> language = new RadioButtonGroup<>(getTranslation("account.language"));
        language.setId("account-language");
        language.setItems(OrganizationService.LANGUAGES);
        language.setItemLabelGenerator(locale -> getTranslation("account.language." + locale.getLanguage()));
        language.setValue(UserLocale.ENGLISH.getLanguage().equals(getLocale().getLanguage()) ? UserLocale.ENGLISH : UserLocale.CHINESE);
        language.addValueChangeListener(event -> switchTo(event.getValue()));

        add(new H2(getTranslation("account.title", user.displayName())), required,
                new H3(getTranslation("account.password.title")), password, change,
                new H3(getTranslation("account.language.title")), language);
        // A token would outlast the password someone else set: none before the owner has chosen their own.
        if (!required.isVisible()) {
            add(new ApiTokensPart(tokens));
        }
    }

    private void changePassword(String username, Div required) {
        Map<String, PasswordField> fields = Map.of("currentPassword", current, "newPassword", next, "repeat", repeat);
        boolean changed = Feedback.attempt(this, "account.error", fields, () -> {
            if (!next.getValue().equals(repeat.getValue())) {
                throw AccountProblem.PASSWORDS_DIFFER.at("repeat");
            }
            organization.changePassword(username, current.getValue(), next.getValue());
        });
        if (changed) {
            current.clear();
            next.clear();
            repeat.clear();
            Feedback.success(getTranslation("account.password.changed"));
            if (required.isVisible()) {
                UI.getCurrent().navigate("");
            }
        }
    }

    private void switchTo(Locale locale) {
        if (locale == null || locale.getLanguage().equals(getLocale().getLanguage())) {
            return;
        }
        userLocale.change(locale);
        UI ui = UI.getCurrent();
        ui.setLocale(locale);
        ui.getPage().reload();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.page.title");
    }
}
