package org.planflow.plan.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.planflow.plan.PlanSection;

/** The sections of the plan editor: one {@link SectionEditor} each, added, moved and removed in place. */
class SectionsPart extends VerticalLayout {

    private final List<SectionEditor> sections = new ArrayList<>();
    private final VerticalLayout sectionList = new VerticalLayout();
    private final Paragraph noSections = new Paragraph(getTranslation("plan.editor.sections.empty"));

    SectionsPart(List<PlanSection> initial) {
        setPadding(false);
        sectionList.setId("sections");
        sectionList.setPadding(false);
        noSections.getStyle().set("color", "var(--lumo-secondary-text-color)");
        initial.forEach(this::addSection);
        Button add = new Button(getTranslation("plan.editor.addSection"), VaadinIcon.PLUS.create(),
                click -> addSection(new PlanSection("", 1, "", "")));
        add.setId("add-section");
        add(noSections, sectionList, add);
        renumber();
    }

    List<PlanSection> values() {
        return sections.stream().map(SectionEditor::value).toList();
    }

    void clearErrors() {
        sections.forEach(SectionEditor::clearErrors);
    }

    /** Marks a part (outline, level, heading) of the section at the index; false when there is no such section. */
    boolean showError(int index, String part, String message) {
        if (index >= sections.size()) {
            return false;
        }
        sections.get(index).showError(part, message);
        return true;
    }

    private void addSection(PlanSection section) {
        sections.add(new SectionEditor(section, editor -> move(editor, -1), editor -> move(editor, 1), this::remove));
        renumber();
    }

    private void move(SectionEditor editor, int by) {
        int from = sections.indexOf(editor);
        int to = from + by;
        if (to >= 0 && to < sections.size()) {
            Collections.swap(sections, from, to);
            renumber();
        }
    }

    private void remove(SectionEditor editor) {
        sections.remove(editor);
        renumber();
    }

    private void renumber() {
        sectionList.removeAll();
        for (int i = 0; i < sections.size(); i++) {
            sections.get(i).position(i, sections.size());
            sectionList.add(sections.get(i));
        }
        noSections.setVisible(sections.isEmpty());
    }
}
