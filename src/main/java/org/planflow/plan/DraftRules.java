package org.planflow.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.planflow.organization.OrgUnit;
import org.planflow.organization.OrganizationService;
import org.planflow.shared.Cadence;
import org.planflow.shared.ListFields;
import org.planflow.shared.Milestone;
import org.planflow.shared.Period;
import org.planflow.shared.Target;
import org.springframework.stereotype.Component;

/** What a draft must be to be saved: its header, sections and breakdown table checked and trimmed, units resolved. */
@Component
class DraftRules {

    private final OrganizationService organization;

    DraftRules(OrganizationService organization) {
        this.organization = organization;
    }

    PlanDraft validate(PlanDraft draft) {
        String title = trim(draft.title());
        if (title == null || title.isEmpty()) {
            throw PlanProblem.TITLE_REQUIRED.at(PlanFields.TITLE);
        }
        if (title.length() > PlanService.MAX_TITLE) {
            throw PlanProblem.TITLE_TOO_LONG.at(PlanFields.TITLE, PlanService.MAX_TITLE);
        }
        String type = trim(draft.type());
        if (type == null || type.isEmpty()) {
            type = PlanService.DEFAULT_TYPE;
        } else if (type.length() > PlanService.MAX_TYPE) {
            throw PlanProblem.TYPE_TOO_LONG.at(PlanFields.TYPE, PlanService.MAX_TYPE);
        }
        String docNumber = trim(draft.docNumber());
        if (docNumber != null && docNumber.length() > PlanService.MAX_DOC_NUMBER) {
            throw PlanProblem.DOC_NUMBER_TOO_LONG.at(PlanFields.DOC_NUMBER, PlanService.MAX_DOC_NUMBER);
        }
        List<PlanSection> sections = new ArrayList<>();
        for (int i = 0; i < draft.sections().size(); i++) {
            sections.add(section(i, draft.sections().get(i)));
        }
        List<BreakdownItem> items = new ArrayList<>();
        for (int i = 0; i < draft.items().size(); i++) {
            items.add(item(i, draft.items().get(i)));
        }
        String note = trim(draft.note());
        if (note != null && note.length() > PlanService.MAX_NOTE) {
            throw PlanProblem.NOTE_TOO_LONG.at(PlanFields.NOTE, PlanService.MAX_NOTE);
        }
        Period period = draft.period();
        if (period != null && (period.start() == null || period.end() == null || period.end().isBefore(period.start()))) {
            throw PlanProblem.PERIOD_INVALID.at(PlanFields.PERIOD);
        }
        Integer reportDueDays = draft.reportDueDays();
        if (reportDueDays != null && (reportDueDays < 0 || reportDueDays > Cadence.MAX_REPORT_DUE_DAYS)) {
            throw PlanProblem.REPORT_DUE_DAYS_OUT_OF_RANGE.at(PlanFields.REPORT_DUE_DAYS, Cadence.MAX_REPORT_DUE_DAYS);
        }
        return new PlanDraft(title, type, docNumber == null || docNumber.isEmpty() ? null : docNumber, sections, items,
                draft.revision(), note, draft.office(), draft.leadingGroup(), period, draft.cadence(), reportDueDays);
    }

    private static PlanSection section(int index, PlanSection section) {
        String field = ListFields.at(PlanFields.SECTIONS, index);
        int number = index + 1;
        if (section == null) {
            throw PlanProblem.SECTION_EMPTY.at(field, number);
        }
        String outline = Objects.requireNonNullElse(trim(section.outline()), "");
        String heading = Objects.requireNonNullElse(trim(section.heading()), "");
        String body = Objects.requireNonNullElse(section.body(), "").strip();
        if (outline.length() > PlanService.MAX_OUTLINE) {
            throw PlanProblem.OUTLINE_TOO_LONG.at(field + "." + PlanFields.OUTLINE, number, PlanService.MAX_OUTLINE);
        }
        if (heading.length() > PlanService.MAX_HEADING) {
            throw PlanProblem.HEADING_TOO_LONG.at(field + "." + PlanFields.HEADING, number, PlanService.MAX_HEADING);
        }
        if (section.level() < 0 || section.level() > 3) {
            throw PlanProblem.LEVEL_INVALID.at(field + "." + PlanFields.LEVEL, number);
        }
        if (heading.isEmpty() && body.isEmpty()) {
            throw PlanProblem.SECTION_BLANK.at(field + "." + PlanFields.HEADING, number);
        }
        return new PlanSection(outline, section.level(), heading, body);
    }

    /** Row {@code index} of the table checked and trimmed; a refusal names it (items[2].targets[0].value). */
    BreakdownItem item(int index, BreakdownItem item) {
        String field = ListFields.at(PlanFields.ITEMS, index);
        int number = index + 1;
        if (item == null) {
            throw PlanProblem.ITEM_EMPTY.at(field, number);
        }
        String indicator = trim(item.indicator());
        if (indicator == null || indicator.isEmpty()) {
            throw PlanProblem.INDICATOR_REQUIRED.at(field + "." + PlanFields.INDICATOR, number);
        }
        BigDecimal score = item.score();
        if (score != null && (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(1000)) > 0)) {
            throw PlanProblem.SCORE_OUT_OF_RANGE.at(field + "." + PlanFields.SCORE, number);
        }
        String category = trim(item.category());
        if (category != null && category.length() > PlanService.MAX_CATEGORY) {
            throw PlanProblem.CATEGORY_TOO_LONG.at(field + "." + PlanFields.CATEGORY, number, PlanService.MAX_CATEGORY);
        }
        UnitRef lead = unit(field + "." + PlanFields.LEAD_UNIT, item.leadUnit());
        if (lead != null && item.leadGroup() != null) {
            throw PlanProblem.LEAD_UNIT_AND_GROUP.at(field + "." + PlanFields.LEAD_GROUP, number);
        }
        List<UnitRef> coop = new ArrayList<>();
        for (UnitRef unit : item.coopUnits()) {
            UnitRef resolved = unit(field + "." + PlanFields.COOP_UNITS, unit);
            if (resolved != null && !coop.contains(resolved) && !resolved.equals(lead)) {
                coop.add(resolved);
            }
        }
        List<Milestone> milestones = new ArrayList<>();
        for (int m = 0; m < item.milestones().size(); m++) {
            milestones.add(milestone(field + "." + ListFields.at(PlanFields.MILESTONES, m), number, item.milestones().get(m),
                    item.dueDate()));
        }
        List<Target> targets = new ArrayList<>();
        for (int t = 0; t < item.targets().size(); t++) {
            targets.add(target(field + "." + ListFields.at(PlanFields.TARGETS, t), number, item.targets().get(t)));
        }
        return new BreakdownItem(index + 1, category == null || category.isEmpty() ? null : category, indicator,
                score, trim(item.scoringMethod()), lead, coop, item.dueDate(), item.leadGroup(), milestones, item.cadence(),
                targets);
    }

    private static Milestone milestone(String field, int number, Milestone milestone, LocalDate itemDue) {
        String text = milestone == null ? null : trim(milestone.text());
        if (text == null || text.isEmpty() || milestone.due() == null) {
            throw PlanProblem.MILESTONE_INCOMPLETE.at(field, number);
        }
        if (text.length() > PlanService.MAX_MILESTONE) {
            throw PlanProblem.MILESTONE_TOO_LONG.at(field + "." + PlanFields.TEXT, number, PlanService.MAX_MILESTONE);
        }
        if (itemDue != null && milestone.due().isAfter(itemDue)) {
            throw PlanProblem.MILESTONE_AFTER_ITEM_DUE.at(field + "." + PlanFields.DUE, number, milestone.due(), itemDue);
        }
        return new Milestone(text, milestone.due());
    }

    private static Target target(String field, int number, Target target) {
        String name = target == null ? null : trim(target.name());
        if (name == null || name.isEmpty()) {
            throw PlanProblem.TARGET_NAME_REQUIRED.at(field + "." + PlanFields.NAME, number);
        }
        if (name.length() > PlanService.MAX_TARGET_NAME) {
            throw PlanProblem.TARGET_NAME_TOO_LONG.at(field + "." + PlanFields.NAME, number, PlanService.MAX_TARGET_NAME);
        }
        if (target.value() == null) {
            throw PlanProblem.TARGET_VALUE_REQUIRED.at(field + "." + PlanFields.VALUE, number, name);
        }
        String unit = trim(target.unit());
        return new Target(name, unit == null || unit.isEmpty() ? null : unit,
                target.direction() == null ? Target.Direction.GE : target.direction(), target.value(), target.baseline(),
                target.year());
    }

    /** A known code gets the district's name; an unknown code is an error; a bare name stays unmatched. */
    private UnitRef unit(String field, UnitRef unit) {
        if (unit == null || (unit.code() == null || unit.code().isBlank()) && (unit.name() == null || unit.name().isBlank())) {
            return null;
        }
        if (unit.code() != null && !unit.code().isBlank()) {
            OrgUnit known = organization.units().stream().filter(u -> u.code().equals(unit.code().trim())).findFirst()
                    .orElseThrow(() -> PlanProblem.UNIT_UNKNOWN.at(field, unit.code()));
            return new UnitRef(known.code(), known.name());
        }
        String name = unit.name().trim();
        if (name.length() > PlanService.MAX_UNIT_NAME) {
            throw PlanProblem.UNIT_NAME_TOO_LONG.at(field, PlanService.MAX_UNIT_NAME);
        }
        return UnitRef.unmatched(name);
    }

    private static String trim(String value) {
        return value == null ? null : value.strip();
    }
}
