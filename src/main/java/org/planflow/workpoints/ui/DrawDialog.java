package org.planflow.workpoints.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.function.SerializableConsumer;
import org.planflow.plan.Plan;
import org.planflow.workpoints.WorkPointsService;

/** The plan's tab draws a year's work points in this dialog. */
class DrawDialog extends Dialog {

    DrawDialog(Plan plan, int year, WorkPointsService workPoints, SerializableConsumer<Plan> onDrawn) {
        setId("draw-work-points");
        setHeaderTitle(getTranslation("workpoints.dialog.title", String.valueOf(year)));
        setWidth("min(60rem, 95vw)");
        WorkPointsChooser chooser = new WorkPointsChooser(plan, year, workPoints);
        add(chooser);
        Button create = new Button(getTranslation("workpoints.dialog.create"), click -> {
            Plan drawn = chooser.draw();
            if (drawn != null) {
                close();
                onDrawn.accept(drawn);
            }
        });
        create.setId("draw-work-points-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), click -> close());
        getFooter().add(cancel, create);
    }
}
