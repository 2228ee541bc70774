package org.planflow.meeting.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import org.planflow.meeting.MeetingFields;
import org.planflow.meeting.MeetingKind;
import org.planflow.meeting.MeetingRhythm;
import org.planflow.meeting.MeetingService;
import org.planflow.shared.Cadence;
import org.planflow.shared.ui.Feedback;

/**
 * 会议安排: which meetings the plan holds and how often, and for each period since whether its meeting was held, is
 * due, or is missing (the period is over without one). The office changes the rhythm in a dialog.
 */
class RhythmPanel extends VerticalLayout {

    /** The choice of holding no meeting of a kind. */
    private static final String NONE = "NONE";

    private final transient MeetingService meetings;
    private final long planId;
    private final Paragraph summary = new Paragraph();
    private final Grid<MeetingRhythm.DuePeriod> periods = new Grid<>(MeetingRhythm.DuePeriod.class, false);

    RhythmPanel(long planId, MeetingService meetings, boolean office) {
        this.planId = planId;
        this.meetings = meetings;
        setPadding(false);
        setId("meeting-rhythm");
        add(new H4(getTranslation("meetings.rhythm")));
        summary.setId("meeting-rhythm-summary");
        add(summary);
        if (office) {
            Button change = new Button(getTranslation("meetings.rhythm.change"), click -> dialog().open());
            change.setId("meeting-rhythm-change");
            change.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add(change);
        }
        periods.setId("meeting-periods");
        periods.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        periods.addColumn(row -> getTranslation("meetings.kind." + row.kind())).setHeader(getTranslation("meetings.column.kind"))
                .setAutoWidth(true);
        periods.addColumn(MeetingRhythm.DuePeriod::period).setHeader(getTranslation("meetings.column.period")).setAutoWidth(true);
        periods.addComponentColumn(this::state).setHeader(getTranslation("meetings.column.state")).setAutoWidth(true);
        periods.setAllRowsVisible(true);
        add(periods);
        refresh();
    }

    /** Reads the periods again: a meeting scheduled or held since changes its period's state. */
    void refresh() {
        show(meetings.rhythm(planId));
    }

    private void show(MeetingRhythm rhythm) {
        summary.setText(rhythm.beats().isEmpty() ? getTranslation("meetings.rhythm.none")
                : String.join("; ", rhythm.beats().stream().map(beat -> getTranslation("meetings.rhythm.beat",
                getTranslation("meetings.cadence." + beat.cadence()), getTranslation("meetings.kind." + beat.kind()))).toList()));
        List<MeetingRhythm.DuePeriod> latestFirst = new ArrayList<>(rhythm.periods());
        Collections.reverse(latestFirst);
        periods.setItems(latestFirst);
        periods.setVisible(!rhythm.periods().isEmpty());
    }

    private Component state(MeetingRhythm.DuePeriod row) {
        String state = row.meetingId() != null ? "held" : row.missing() ? "missing" : "due";
        Span badge = new Span(row.heldOn() != null ? getTranslation("meetings.state.held", row.heldOn())
                : getTranslation("meetings.state." + state, row.end()));
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().add(switch (state) {
            case "held" -> "success";
            case "missing" -> "error";
            default -> "contrast";
        });
        badge.getElement().setAttribute("data-state", state);
        return badge;
    }

    private Dialog dialog() {
        Dialog dialog = new Dialog(getTranslation("meetings.rhythm.change"));
        dialog.setId("meeting-rhythm-dialog");
        MeetingRhythm current = meetings.rhythm(planId);
        FormLayout form = new FormLayout();
        Map<MeetingKind, Select<String>> choices = new EnumMap<>(MeetingKind.class);
        for (MeetingKind kind : MeetingKind.values()) {
            Select<String> cadence = new Select<>();
            cadence.setLabel(getTranslation("meetings.kind." + kind.name()));
            cadence.setId("meeting-rhythm-" + kind.name());
            List<String> values = new ArrayList<>(List.of(NONE));
            for (Cadence value : Cadence.values()) {
                values.add(value.name());
            }
            cadence.setItems(values);
            cadence.setItemLabelGenerator(value -> getTranslation("meetings.cadence." + value));
            cadence.setValue(current.beats().stream().filter(beat -> beat.kind().equals(kind.name())).map(MeetingRhythm.Beat::cadence)
                    .findFirst().orElse(NONE));
            choices.put(kind, cadence);
            form.add(cadence);
        }
        dialog.add(form);
        Button save = new Button(getTranslation("common.save"), click -> {
            List<MeetingRhythm.Beat> beats = choices.entrySet().stream().filter(entry -> !NONE.equals(entry.getValue().getValue()))
                    .map(entry -> new MeetingRhythm.Beat(entry.getKey().name(), entry.getValue().getValue())).toList();
            if (Feedback.attempt(this, MeetingsPanel.ERRORS, Map.of(MeetingFields.BEATS, choices.get(MeetingKind.JOINT)),
                    () -> show(meetings.setRhythm(planId, beats)))) {
                dialog.close();
                Feedback.success(getTranslation("meetings.rhythm.saved"));
            }
        });
        save.setId("meeting-rhythm-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        return dialog;
    }
}
