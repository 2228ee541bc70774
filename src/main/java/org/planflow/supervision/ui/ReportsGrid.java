package org.planflow.supervision.ui;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.planflow.shared.Formats;
import org.planflow.shared.ui.NarrowScreens;
import org.planflow.supervision.ItemTargets;
import org.planflow.supervision.ProgressReport;

/** The item's periodic reports (进展报告): what the lead unit reported, when, and how the office reviewed it. */
class ReportsGrid extends Grid<ProgressReport> {

    ReportsGrid(List<ProgressReport> reports, UnaryOperator<String> names) {
        super(ProgressReport.class, false);
        setId("reports-grid");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        addColumn(ProgressReport::period).setHeader(getTranslation("supervision.report.period")).setKey("period").setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(report -> Formats.date(report.due())).setHeader(getTranslation("supervision.report.due")).setKey("due")
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(report -> who(names, report.submittedBy(), report.submittedAt()))
                .setHeader(getTranslation("supervision.report.submitted")).setKey("submitted").setAutoWidth(true).setFlexGrow(0);
        addColumn(report -> report.percent() == null ? "" : report.percent() + "%").setHeader(getTranslation("supervision.report.percent"))
                .setKey("percent").setAutoWidth(true).setFlexGrow(0);
        addColumn(report -> report.status() == null ? "" : getTranslation("supervision.reportStatus." + report.status().name()))
                .setHeader(getTranslation("supervision.report.status")).setKey("status").setAutoWidth(true).setFlexGrow(0);
        addColumn(report -> Objects.toString(report.progress(), "")).setHeader(getTranslation("supervision.report.progress"))
                .setKey("progress").setFlexGrow(3);
        addColumn(report -> report.targetValues().entrySet().stream()
                .map(value -> value.getKey() + " " + ItemTargets.plain(value.getValue())).collect(Collectors.joining("；")))
                .setHeader(getTranslation("supervision.report.targetValues")).setKey("targetValues").setAutoWidth(true);
        addColumn(report -> Objects.toString(report.problems(), "")).setHeader(getTranslation("supervision.report.problems"))
                .setKey("problems").setFlexGrow(2);
        addColumn(report -> Objects.toString(report.nextSteps(), "")).setHeader(getTranslation("supervision.report.nextSteps"))
                .setKey("nextSteps").setFlexGrow(2);
        addColumn(this::review).setHeader(getTranslation("supervision.report.review")).setKey("review").setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(report -> Objects.toString(report.reviewComment(), "")).setHeader(getTranslation("supervision.report.reviewComment"))
                .setKey("reviewComment").setFlexGrow(2);
        addColumn(report -> report.late() ? getTranslation("supervision.report.late") : "")
                .setHeader(getTranslation("supervision.report.lateColumn")).setKey("late").setAutoWidth(true).setFlexGrow(0);
        NarrowScreens.columns(this, "period", "progress", "review");
        setItems(reports);
        setAllRowsVisible(true);
        setEmptyStateText(getTranslation("supervision.reports.empty"));
    }

    private String review(ProgressReport report) {
        if (report.review() != null) {
            return getTranslation("supervision.review." + report.review());
        }
        return report.submitted() ? getTranslation("supervision.review.pending") : getTranslation("supervision.report.open");
    }

    static String who(UnaryOperator<String> names, String username, Instant at) {
        return at == null ? "" : names.apply(username) + " " + Formats.dateTime(at);
    }
}
