package org.planflow.ui;

import java.util.Set;
import java.util.stream.Collectors;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import com.vaadin.flow.server.VaadinServletRequest;
import kotlin.jvm.functions.Function0;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Browserless Vaadin UI on the real Spring context, logged in as a demo account. */
public final class KaribuUi {

    private static final Routes ROUTES = discoverRoutes();

    private KaribuUi() {
    }

    public static void start(ApplicationContext context) {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
        // Karibu registers routes one by one, so the @Layout shell must be registered by hand.
        ApplicationRouteRegistry.getInstance(VaadinService.getCurrent().getContext()).setLayout(MainLayout.class);
    }

    /** Logs in the way Spring Security would, then opens a fresh UI so the user's language applies. */
    public static void login(ApplicationContext context, String username) {
        var user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        var authentication = new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        start(context);
        Set<String> roles = user.getAuthorities().stream()
                .map(authority -> ((SimpleGrantedAuthority) authority).getAuthority().replaceFirst("^ROLE_", ""))
                .collect(Collectors.toSet());
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> roles.contains(role));
    }

    /** Karibu's own discovery skips package-private views, which all of ours are, so Spring's scanner finds them. */
    @SuppressWarnings("unchecked")
    private static Routes discoverRoutes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<Class<? extends Component>> views = scanner.findCandidateComponents("org.planflow").stream()
                .map(definition -> (Class<? extends Component>) ClassUtils.resolveClassName(definition.getBeanClassName(), null))
                .collect(Collectors.toSet());
        return new Routes(views, Set.of(), true);
    }

    public static void stop() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** The caller's open tasks of a kind for one plan, as the inbox lists them. */
    public static java.util.List<org.planflow.inbox.InboxEntry> tasksOf(org.planflow.inbox.InboxService inbox, String kind,
                                                                         long planId) {
        return inbox.fetch(kind, 0, 200).stream().filter(entry -> entry.planId() != null && entry.planId() == planId).toList();
    }

    /** Opens the caller's task of a kind for one plan, as clicking it in the inbox does. */
    public static void openTask(org.planflow.inbox.InboxService inbox, String kind, long planId) {
        org.planflow.inbox.InboxEntry task = tasksOf(inbox, kind, planId).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " task for plan " + planId));
        UI.getCurrent().navigate("tasks/" + task.id());
    }
}
