package org.planflow.supervision.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.planflow.shared.Roles;
import org.planflow.shared.ui.Feedback;
import org.planflow.supervision.EscalationRule;
import org.planflow.supervision.EscalationService;
import org.planflow.supervision.EscalationStep;

/** 督办规则: ADMIN edits the escalation ladder, the default ('*') or one task kind's own. */
@Route("admin/escalation-rules")
@Menu(title = "menu.escalationRules", order = 91, icon = "vaadin:sitemap")
@RolesAllowed(Roles.ADMIN)
class EscalationRulesView extends VerticalLayout implements HasDynamicTitle {

    private final transient EscalationService escalation;
    private final ComboBox<String> kind = new ComboBox<>();
    private final Map<EscalationStep, IntegerField> offsets = new java.util.EnumMap<>(EscalationStep.class);
    private final Map<EscalationStep, Checkbox> enabled = new java.util.EnumMap<>(EscalationStep.class);

    EscalationRulesView(EscalationService escalation) {
        this.escalation = escalation;

        kind.setLabel(getTranslation("rules.kind"));
        kind.setId("rules-kind");
        kind.setAllowCustomValue(true);
        kind.addCustomValueSetListener(event -> kind.setValue(event.getDetail().strip()));
        TreeSet<String> kinds = new TreeSet<>(List.of(EscalationRule.ANY_KIND));
        escalation.rules().forEach(rule -> kinds.add(rule.taskKind()));
        kind.setItems(kinds);
        kind.setItemLabelGenerator(value -> EscalationRule.ANY_KIND.equals(value) ? getTranslation("rules.kind.default") : value);
        kind.addValueChangeListener(event -> show(event.getValue()));

        FormLayout form = new FormLayout();
        for (EscalationStep step : EscalationStep.values()) {
            IntegerField offset = new IntegerField(getTranslation("rules.step." + step.name()));
            offset.setId("offset-" + step.name());
            offset.setStepButtonsVisible(true);
            offset.setMin(-EscalationService.MAX_OFFSET_WORKING_DAYS);
            offset.setMax(EscalationService.MAX_OFFSET_WORKING_DAYS);
            offset.setHelperText(getTranslation("rules.offset.help"));
            Checkbox on = new Checkbox(getTranslation("rules.enabled"));
            on.setId("enabled-" + step.name());
            offsets.put(step, offset);
            enabled.put(step, on);
            form.add(new HorizontalLayout(offset, on));
        }
        Button save = new Button(getTranslation("rules.save"), click -> save());
        save.setId("rules-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        add(new H2(getTranslation("rules.title")), new Paragraph(getTranslation("rules.explain")), kind, form, save);
        kind.setValue(EscalationRule.ANY_KIND);
    }

    private void show(String taskKind) {
        if (taskKind == null) {
            return;
        }
        List<EscalationRule> ladder = escalation.ladder(taskKind);
        List<EscalationRule> all = escalation.rules();
        for (EscalationStep step : EscalationStep.values()) {
            EscalationRule rule = ladder.stream().filter(r -> r.step() == step).findFirst()
                    .or(() -> all.stream().filter(r -> r.step() == step && r.taskKind().equals(taskKind)).findFirst())
                    .orElse(null);
            offsets.get(step).setValue(rule == null ? null : rule.offsetWorkingDays());
            offsets.get(step).setInvalid(false);
            enabled.get(step).setValue(rule != null && rule.enabled());
        }
    }

    private void save() {
        List<EscalationRule> rules = new ArrayList<>();
        for (EscalationStep step : EscalationStep.values()) {
            IntegerField offset = offsets.get(step);
            if (offset.getValue() == null || offset.isInvalid()) {
                offset.setInvalid(true);
                offset.setErrorMessage(getTranslation("rules.offset.required"));
                return;
            }
            rules.add(new EscalationRule(kind.getValue(), step, offset.getValue(), enabled.get(step).getValue()));
        }
        if (Feedback.attempt(this, SupervisionNotices.ERRORS, Map.of(), () -> escalation.saveLadder(kind.getValue(), rules))) {
            Notification.show(getTranslation("rules.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rules.title");
    }
}
