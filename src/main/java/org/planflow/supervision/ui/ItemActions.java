package org.planflow.supervision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.planflow.supervision.ItemProgressService;
import org.planflow.supervision.ItemStatus;
import org.planflow.supervision.ItemStatusService;
import org.planflow.supervision.SupervisedItem;

/**
 * What the reader may do on an open item: the lead unit asks for an extension, a cooperating unit reports
 * its part, the supervision office issues a notice or changes how often the item reports or its targets. The services
 * check again; this only spares useless buttons.
 */
class ItemActions extends HorizontalLayout {

    ItemActions(SupervisedItem item, String myUnit, ItemProgressService progress, ItemStatusService statuses,
                Runnable changed) {
        setId("item-actions");
        if (item.status() == ItemStatus.CLOSED) {
            return;
        }
        if (item.leadUnit() != null && item.leadUnit().code() != null && item.leadUnit().code().equals(myUnit)) {
            Button extension = new Button(getTranslation("supervision.extension.request"), VaadinIcon.CALENDAR_CLOCK.create(),
                    click -> new ExtensionDialog(item, progress, changed).open());
            extension.setId("request-extension");
            add(extension);
        }
        if (item.coopUnits().stream().anyMatch(unit -> unit.code() != null && unit.code().equals(myUnit))) {
            Button contribute = new Button(getTranslation("supervision.contribution.add"), VaadinIcon.EDIT.create(),
                    click -> new ContributionDialog(item, progress, changed).open());
            contribute.setId("add-contribution");
            add(contribute);
        }
        if (progress.runsOffice(item.planId())) {
            Button notice = new Button(getTranslation("supervision.notice.issue"), VaadinIcon.FLAG.create(),
                    click -> new NoticeDialog(item, progress, changed).open());
            notice.setId("issue-notice");
            Button cadence = new Button(getTranslation("supervision.cadence.change"), VaadinIcon.CLOCK.create(),
                    click -> new CadenceDialog(item, statuses, changed).open());
            cadence.setId("change-cadence");
            Button targets = new Button(getTranslation("supervision.targets.change"), VaadinIcon.CHART_LINE.create(),
                    click -> new TargetsDialog(item, statuses, changed).open());
            targets.setId("change-targets");
            add(notice, cadence, targets);
        }
    }
}
