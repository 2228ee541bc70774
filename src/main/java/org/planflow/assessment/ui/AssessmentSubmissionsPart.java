package org.planflow.assessment.ui;

import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.planflow.assessment.UnitSubmission;
import org.planflow.shared.Formats;

/** Each responsible unit's self-assessment: waiting, submitted (by whom, when) or lapsed at the deadline. */
class AssessmentSubmissionsPart extends Grid<UnitSubmission> {

    AssessmentSubmissionsPart(List<UnitSubmission> submissions) {
        super(UnitSubmission.class, false);
        setId("assessment-submissions");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        addColumn(submission -> submission.unit().name()).setHeader(getTranslation("assessment.page.column.unit")).setFlexGrow(2);
        addColumn(submission -> getTranslation("assessment.page.submission." + submission.state().name()))
                .setHeader(getTranslation("assessment.page.column.submission")).setAutoWidth(true);
        addColumn(submission -> Objects.toString(submission.submittedBy(), ""))
                .setHeader(getTranslation("assessment.page.column.submittedBy")).setAutoWidth(true);
        addColumn(submission -> submission.submittedAt() == null ? "" : Formats.dateTime(submission.submittedAt()))
                .setHeader(getTranslation("assessment.page.column.submittedAt")).setAutoWidth(true);
        setItems(submissions);
        setAllRowsVisible(true);
    }
}
