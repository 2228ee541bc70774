package org.planflow.plan.ui;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import org.planflow.plan.Plan;
import org.planflow.plan.PlanDraft;
import org.planflow.plan.PlanFields;
import org.planflow.plan.PlanService;
import org.planflow.shared.ui.Feedback;

/** 新建方案: a title and a type; the service checks them and the refusal stays beside the field. */
class NewPlanDialog extends Dialog {

    private final transient PlanService plans;
    private final SerializableConsumer<Plan> onCreated;
    private final TextField title = new TextField();
    private final ComboBox<String> type = new ComboBox<>();

    NewPlanDialog(PlanService plans, SerializableConsumer<Plan> onCreated) {
        this.plans = plans;
        this.onCreated = onCreated;
        setId("new-plan-dialog");
        setHeaderTitle(getTranslation("plan.new.title"));

        title.setId("new-plan-title");
        title.setLabel(getTranslation("plan.field.title"));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(PlanService.MAX_TITLE);
        title.setManualValidation(true);
        title.setWidthFull();
        title.addValueChangeListener(event -> title.setInvalid(false));

        type.setId("new-plan-type");
        type.setLabel(getTranslation("plan.field.type"));
        type.setHelperText(getTranslation("plan.field.type.help"));
        type.setItems(PlanTypes.COMMON);
        type.setAllowCustomValue(true);
        type.setManualValidation(true);
        type.addCustomValueSetListener(event -> {
            type.setItems(PlanTypes.including(event.getDetail()));
            type.setValue(event.getDetail());
        });
        type.setValue(PlanService.DEFAULT_TYPE);
        type.setWidthFull();

        VerticalLayout fields = new VerticalLayout(title, type);
        fields.setPadding(false);
        fields.setMinWidth("28rem");
        add(fields);

        Button create = new Button(getTranslation("plan.new.create"), click -> create());
        create.setId("new-plan-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), click -> close());
        cancel.setId("new-plan-cancel");
        getFooter().add(cancel, create);
    }

    private void create() {
        AtomicReference<Plan> created = new AtomicReference<>();
        if (Feedback.attempt(this, ApprovalTaskWorkspace.ERRORS, Map.of(PlanFields.TITLE, title, PlanFields.TYPE, type),
                () -> created.set(plans.create(new PlanDraft(title.getValue(), type.getValue(), null, List.of(), List.of(),
                        null, null))))) {
            close();
            onCreated.accept(created.get());
        }
    }
}
