package org.planflow.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The checks of an assessment method, row by row so a workbook can list every bad row: a name, positive points,
 * known units (by code, name or alias), text within its column; then the non-bonus points against the stated total.
 */
final class MethodRules {

    static final BigDecimal DEFAULT_TOTAL = new BigDecimal("100");
    static final int MAX_CATEGORY = 300;
    static final int MAX_NAME = 1000;
    static final int MAX_METHOD = 4000;
    static final String BONUS_MARK = "加分";
    /** Points are kept to the hundredth, as numeric(7,2); no indicator or total is worth more. */
    static final BigDecimal MAX_POINTS = new BigDecimal("1000");
    static final int POINTS_SCALE = 2;

    private MethodRules() {
    }

    /** One problem of one row (index in the given list), naming the field ({@link MethodColumn}'s request name). */
    record RowProblem(int index, MethodColumn column, AssessmentProblem problem, List<String> values) {
    }

    /** The rows as they will be kept, and every problem found; the rows are only to be kept when there is none. */
    record Checked(List<MethodIndicator> indicators, List<RowProblem> problems) {
    }

    /**
     * Checks every row; {@code unitCode} finds a unit's code by its code, name or alias, and {@code unitsOptional}
     * says whether a row naming none has a unit to fall to (the plan's office or lead unit).
     */
    static Checked rows(List<MethodIndicator> given, Function<String, Optional<String>> unitCode, boolean unitsOptional) {
        List<MethodIndicator> clean = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            MethodIndicator row = given.get(i);
            if (row == null) {
                problems.add(new RowProblem(i, MethodColumn.NAME, AssessmentProblem.REQUIRED, List.of()));
                continue;
            }
            String category = text(row.category());
            String name = text(row.name());
            String method = text(row.scoringMethod());
            check(problems, i, MethodColumn.CATEGORY, category, MAX_CATEGORY, false);
            check(problems, i, MethodColumn.NAME, name, MAX_NAME, true);
            check(problems, i, MethodColumn.SCORING_METHOD, method, MAX_METHOD, false);
            if (row.points() == null) {
                problems.add(new RowProblem(i, MethodColumn.POINTS, AssessmentProblem.REQUIRED, List.of()));
            } else if (row.points().signum() <= 0) {
                problems.add(new RowProblem(i, MethodColumn.POINTS, AssessmentProblem.POINTS_NOT_POSITIVE,
                        List.of(Points.of(row.points()).toPlainString())));
            } else if (!withinPoints(row.points())) {
                problems.add(new RowProblem(i, MethodColumn.POINTS, AssessmentProblem.POINTS_INVALID,
                        List.of(Points.of(row.points()).toPlainString(), MAX_POINTS.toPlainString())));
            }
            Set<String> units = new LinkedHashSet<>();
            for (String unit : row.responsibleUnits()) {
                String written = text(unit);
                if (written == null) {
                    continue;
                }
                Optional<String> code = unitCode.apply(written);
                if (code.isEmpty()) {
                    problems.add(new RowProblem(i, MethodColumn.UNITS, AssessmentProblem.UNIT_UNKNOWN, List.of(written)));
                } else {
                    units.add(code.get());
                }
            }
            if (units.isEmpty() && !unitsOptional && row.responsibleUnits().stream().allMatch(unit -> text(unit) == null)) {
                problems.add(new RowProblem(i, MethodColumn.UNITS, AssessmentProblem.REQUIRED, List.of()));
            }
            boolean bonus = row.isBonus() || category != null && category.contains(BONUS_MARK);
            clean.add(new MethodIndicator(category == null ? "" : category, name, Points.of(row.points()), method, List.copyOf(units),
                    bonus));
        }
        return new Checked(clean, problems);
    }

    /** The stated total: 100 unless given, positive, and what the non-bonus points add up to. */
    static BigDecimal total(List<MethodIndicator> indicators, BigDecimal stated) {
        BigDecimal total = stated == null ? DEFAULT_TOTAL : Points.of(stated);
        if (total.signum() <= 0 || !withinPoints(total)) {
            throw AssessmentProblem.TOTAL_INVALID.at(MethodColumn.TOTAL, total.toPlainString(), MAX_POINTS.toPlainString());
        }
        BigDecimal sum = Points.of(indicators.stream().filter(indicator -> !indicator.isBonus()).map(MethodIndicator::points)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        if (sum.compareTo(total) != 0) {
            throw AssessmentProblem.METHOD_TOTAL_MISMATCH.at(MethodColumn.TOTAL, sum.toPlainString(), total.toPlainString());
        }
        return total;
    }

    private static boolean withinPoints(BigDecimal points) {
        return points.compareTo(MAX_POINTS) <= 0 && Points.of(points).scale() <= POINTS_SCALE;
    }

    private static void check(List<RowProblem> problems, int i, MethodColumn column, String value, int max, boolean required) {
        if (value == null && required) {
            problems.add(new RowProblem(i, column, AssessmentProblem.REQUIRED, List.of()));
        } else if (value != null && value.length() > max) {
            problems.add(new RowProblem(i, column, AssessmentProblem.TOO_LONG, List.of(String.valueOf(max))));
        }
    }

    static String text(String value) {
        String clean = value == null ? null : value.strip();
        return clean == null || clean.isEmpty() ? null : clean;
    }
}
