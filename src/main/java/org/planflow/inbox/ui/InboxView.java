package org.planflow.inbox.ui;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import org.planflow.inbox.InboxService;
import org.planflow.inbox.InboxTab;
import org.planflow.inbox.QuickAction;

/**
 * 我的待办 with the tabs every office system has: 待办 (open tasks), 已办 (done), and the tabs other
 * features add (待阅/已阅 of circulated plans). {@code ?tab=done} opens a tab. Every role has an inbox.
 * A tab's content is built when the tab is first shown: a first render queries only the open tab (decision 043).
 */
@Route("inbox")
@RouteAlias("")
@Menu(title = "menu.inbox", order = 1, icon = "vaadin:inbox")
@PermitAll
class InboxView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String TAB_PARAMETER = "tab";

    private final TabSheet sheet = new TabSheet();
    private final Map<String, Tab> tabsByKey = new HashMap<>();
    private final Map<Tab, Runnable> unbuilt = new HashMap<>();

    InboxView(InboxService inbox, List<QuickAction> quickActions, List<InboxTab> tabs) {
        setSizeFull();
        sheet.setId("inbox-tabs");
        sheet.setSizeFull();
        add("todo", () -> new OpenTasksGrid(inbox, quickActions));
        add("done", () -> new DoneTasksGrid(inbox));
        tabs.stream().sorted(Comparator.comparingInt(InboxTab::order)).forEach(tab -> add(tab.key(), tab::create));
        sheet.addSelectedChangeListener(event -> build(event.getSelectedTab()));
        add(new H2(getTranslation("inbox.title")), sheet);
        setFlexGrow(1, sheet);
    }

    private void add(String key, Supplier<Component> content) {
        Div holder = new Div();
        holder.setSizeFull();
        Tab tab = sheet.add(getTranslation("inbox.tab." + key), holder);
        tab.setId("inbox-tab-" + key);
        tabsByKey.put(key, tab);
        unbuilt.put(tab, () -> holder.add(content.get()));
    }

    private void build(Tab tab) {
        Runnable building = unbuilt.remove(tab);
        if (building != null) {
            building.run();
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(TAB_PARAMETER).map(tabsByKey::get)
                .ifPresent(sheet::setSelectedTab);
        build(sheet.getSelectedTab());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title");
    }
}
