package org.planflow.supervision.ui;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.planflow.shared.Formats;
import org.planflow.shared.ui.NarrowScreens;
import org.planflow.supervision.SupervisionNotice;

/** The supervision notices (督办单) on the item, with the lead unit head's answers. */
class NoticesGrid extends Grid<SupervisionNotice> {

    NoticesGrid(List<SupervisionNotice> notices, UnaryOperator<String> names) {
        super(SupervisionNotice.class, false);
        setId("notices-grid");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(SupervisionNotice::number).setHeader(getTranslation("supervision.notice.number")).setKey("number")
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(SupervisionNotice::text).setHeader(getTranslation("supervision.notice.text")).setKey("text").setFlexGrow(3);
        addColumn(notice -> ReportsGrid.who(names, notice.issuedBy(), notice.issuedAt()))
                .setHeader(getTranslation("supervision.notice.issued")).setKey("issued").setAutoWidth(true).setFlexGrow(0);
        addColumn(notice -> Formats.dateTime(notice.answerDue())).setHeader(getTranslation("supervision.notice.due"))
                .setKey("due").setAutoWidth(true).setFlexGrow(0);
        addColumn(notice -> notice.answeredAt() == null ? getTranslation("supervision.notice.unanswered")
                : Objects.toString(notice.answer(), "")).setHeader(getTranslation("supervision.notice.answer")).setKey("answer")
                .setFlexGrow(3);
        addColumn(notice -> ReportsGrid.who(names, notice.answeredBy(), notice.answeredAt()))
                .setHeader(getTranslation("supervision.notice.answered")).setKey("answered").setAutoWidth(true).setFlexGrow(0);
        NarrowScreens.columns(this, "number", "text", "answer");
        setItems(notices);
        setAllRowsVisible(true);
        setEmptyStateText(getTranslation("supervision.notices.empty"));
    }
}
