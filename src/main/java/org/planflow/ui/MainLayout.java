package org.planflow.ui;

import java.util.Locale;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.planflow.notification.NotificationService;
import org.planflow.organization.OrganizationService;
import org.planflow.organization.UserAccount;
import org.planflow.security.CurrentUser;

/**
 * The shell around every view. The side navigation lists the views annotated with {@code @Menu}
 * that the user's roles may open; their titles are translation keys.
 */
@Layout
@StyleSheet("context://styles/layout.css")
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private static final int POLL_MILLIS = 30_000;

    private final transient AuthenticationContext authentication;
    private final transient UserLocale userLocale;

    private final transient NotificationService notifications;
    private final Span unreadBadge = new Span();

    public MainLayout(AuthenticationContext authentication, OrganizationService organization, UserLocale userLocale,
                      NotificationService notifications) {
        this.authentication = authentication;
        this.userLocale = userLocale;
        this.notifications = notifications;
        UserAccount user = organization.user(CurrentUser.require());

        H1 title = new H1(getTranslation("app.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        title.setId("app-title");
        oneLine(title);

        RouterLink who = new RouterLink(user.displayName() + " · " + user.unit().name(), AccountView.class);
        who.addClassName("current-user");
        who.setId("current-user");
        who.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        oneLine(who);

        Button language = new Button(getTranslation("layout.language.switch"), click -> switchLanguage());
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.setId("language-switch");
        Button logout = new Button(getTranslation("layout.logout"), click -> this.authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        logout.getStyle().set("flex-shrink", "0");

        H1 shortTitle = new H1(getTranslation("layout.title.short"));
        shortTitle.getStyle().set("font-size", "var(--lumo-font-size-m)").set("margin", "0");
        shortTitle.setId("app-title-short");
        oneLine(shortTitle);

        HorizontalLayout right = new HorizontalLayout(bell(), who, language, logout, userMenu(user));
        right.setAlignItems(FlexComponent.Alignment.CENTER);
        right.getStyle().set("min-width", "0");
        HorizontalLayout navbar = new HorizontalLayout(title, shortTitle, right);
        // Fills what the drawer toggle leaves; a full width beside it would push log-out off a phone's screen.
        navbar.getStyle().set("flex", "1").set("min-width", "0").set("box-sizing", "border-box");
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        navbar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        navbar.getStyle().set("padding-right", "var(--lumo-space-m)");

        addToNavbar(new DrawerToggle(), navbar);
        addToDrawer(navigation());
        setPrimarySection(Section.DRAWER);
    }

    /** On a phone's width the title and the user's name shorten with "…" rather than wrap a character a line. */
    private static void oneLine(Component text) {
        text.getElement().getStyle().set("white-space", "nowrap").set("overflow", "hidden").set("text-overflow", "ellipsis")
                .set("min-width", "0");
    }

    /**
     * On a phone's width the user's name, the account page, the language and log-out fold into one menu at the
     * navbar's end (styles/layout.css shows either this or the wide header's links).
     */
    private Component userMenu(UserAccount user) {
        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        Avatar avatar = new Avatar(user.displayName());
        avatar.addThemeVariants(AvatarVariant.LUMO_SMALL);
        MenuItem root = menu.addItem(avatar);
        root.setAriaLabel(getTranslation("layout.userMenu"));
        SubMenu items = root.getSubMenu();
        MenuItem who = items.addItem(user.displayName() + " · " + user.unit().name());
        who.setEnabled(false);
        items.addItem(getTranslation("layout.account"), click -> UI.getCurrent().navigate(AccountView.class)).setId("user-menu-account");
        items.addItem(getTranslation("layout.language.switch"), click -> switchLanguage()).setId("user-menu-language");
        items.addItem(getTranslation("layout.logout"), click -> authentication.logout()).setId("user-menu-logout");
        return menu;
    }

    /** The bell with the unread count; refreshed on every navigation and by polling. */
    private Button bell() {
        Button bell = new Button(new Icon(VaadinIcon.BELL_O), click -> UI.getCurrent().navigate("notifications"));
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        bell.setId("notification-bell");
        bell.setAriaLabel(getTranslation("layout.notifications"));
        unreadBadge.setId("unread-count");
        unreadBadge.getElement().getThemeList().add("badge error pill small");
        bell.setSuffixComponent(unreadBadge);
        return bell;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refreshUnreadCount();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        attachEvent.getUI().setPollInterval(POLL_MILLIS);
        attachEvent.getUI().addPollListener(poll -> refreshUnreadCount());
    }

    private void refreshUnreadCount() {
        long unread = notifications.unreadCount();
        unreadBadge.setText(unread > 99 ? "99+" : String.valueOf(unread));
        unreadBadge.setVisible(unread > 0);
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().contains(":")) {
                String[] icon = entry.icon().split(":", 2);
                item.setPrefixComponent(new Icon(icon[0], icon[1]));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private void switchLanguage() {
        Locale next = UserLocale.CHINESE.getLanguage().equals(getLocale().getLanguage()) ? UserLocale.ENGLISH : UserLocale.CHINESE;
        userLocale.change(next);
        UI ui = UI.getCurrent();
        ui.setLocale(next);
        ui.getPage().reload();
    }
}
