package org.planflow.supervision.ui;

import java.util.function.UnaryOperator;

import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.planflow.supervision.ProgressReport;

/** One submitted report in full, for the office to review or verify without hunting through the table. */
class ReportCard extends VerticalLayout {

    ReportCard(ProgressReport report, UnaryOperator<String> names) {
        setId("latest-report");
        setSpacing(false);
        getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)");
        H4 title = new H4(getTranslation("supervision.report.card", report.period(),
                report.percent() == null ? "" : report.percent() + "%",
                report.status() == null ? "" : getTranslation("supervision.reportStatus." + report.status().name())));
        title.getStyle().set("margin", "0");
        add(title, new Span(ReportsGrid.who(names, report.submittedBy(), report.submittedAt())));
        if (report.late()) {
            Span late = new Span(getTranslation("supervision.report.late"));
            late.getElement().getThemeList().add("badge");
            late.getElement().getThemeList().add("error");
            add(late);
        }
        part("supervision.report.progress", report.progress());
        part("supervision.report.problems", report.problems());
        part("supervision.report.nextSteps", report.nextSteps());
    }

    private void part(String labelKey, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        Span label = new Span(getTranslation(labelKey) + "：");
        label.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "var(--lumo-space-s)");
        Paragraph body = new Paragraph(text);
        body.getStyle().set("white-space", "pre-wrap").set("margin", "0");
        add(label, body);
    }
}
