package org.planflow.assessment;

import org.planflow.shared.ListFields;

/**
 * The columns of an assessment method: the field of its JSON rows and the header of its workbook's column, so a
 * refusal names the field in a request and the column in a file.
 */
public enum MethodColumn {
    CATEGORY("category", "类别"),
    NAME("name", "指标"),
    POINTS("points", "分值"),
    SCORING_METHOD("scoringMethod", "评分方法"),
    UNITS("responsibleUnits", "责任单位"),
    BONUS("bonus", "加分项");

    /** The request's list of indicators, as refusals name its rows: {@code indicators[2].points}. */
    public static final String INDICATORS = "indicators";
    /** The stated total (满分), a query parameter of the method's PUT and upload. */
    public static final String TOTAL = "total";

    private final String field;
    private final String header;

    MethodColumn(String field, String header) {
        this.field = field;
        this.header = header;
    }

    public String field() {
        return field;
    }

    public String header() {
        return header;
    }

    /** The field of the i-th row, e.g. {@code indicators[2].points}. */
    public String of(int i) {
        return ListFields.at(INDICATORS, i, field);
    }
}
