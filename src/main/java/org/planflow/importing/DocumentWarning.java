package org.planflow.importing;

import java.util.Arrays;
import java.util.List;

import org.planflow.shared.EnglishWordings;

/**
 * Something the reader could not resolve or decided for the drafter, as a {@link Code} and the values
 * its wording needs (e.g. the unit name not found), so that each reader sees it in their own language.
 */
public record DocumentWarning(Code code, List<String> values) {

    public DocumentWarning {
        values = List.copyOf(values);
    }

    public static DocumentWarning of(Code code, Object... values) {
        return new DocumentWarning(code, Arrays.stream(values).map(String::valueOf).toList());
    }

    /** The warning in English. */
    public String english() {
        return code.english(values);
    }

    /** What reading a document can warn about; the wording takes the values as {0}, {1}, … */
    public enum Code {
        UNIT_NOT_FOUND,
        ITEM_WITHOUT_LEAD_UNIT,
        SEVERAL_LEAD_UNITS,
        GROUP_LEADS,
        NO_TITLE_LINE,
        TITLE_FROM_TEXT,
        NOTICE_TEXT_LEFT_OUT,
        NOTICE_TEXT_KEPT,
        DRAFT_MARK,
        LINE_LEFT_OUT,
        SUMMARY_LEFT_OUT,
        PAGES_JOINED,
        TABLE_ROW_WITHOUT_TASK,
        TABLE_ROW_BAD_SCORE,
        TABLE_ROW_BAD_DATE,
        PERIOD_NOT_READ,
        PERIOD_START_ASSUMED,
        DATE_NOT_READ,
        DATE_YEAR_ASSUMED,
        REPORT_DAY_IN_PERIOD,
        ITEM_REPORT_DAY_NOT_KEPT;

        /** The bundle key that words the warning in the user's language. */
        public String translationKey() {
            return "plan.warning." + name();
        }

        /** The English wording with the values filled in. */
        public String english(List<String> values) {
            return EnglishWordings.format(EnglishWordings.of(translationKey()), values);
        }
    }
}
