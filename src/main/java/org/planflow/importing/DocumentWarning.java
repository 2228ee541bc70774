package org.planflow.importing;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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

    /** What reading a document can warn about; the English wording takes the values as {0}, {1}, … */
    public enum Code {
        UNIT_NOT_FOUND("Unit not found in the district: {0}"),
        ITEM_WITHOUT_LEAD_UNIT("Breakdown item {0} names no lead unit: {1}"),
        SEVERAL_LEAD_UNITS("Breakdown item {0} names several lead units ({1}); {2} leads, the others are listed as cooperating"),
        GROUP_LEADS("Breakdown item {0} is led by {1} together; their units are listed as cooperating, choose the lead unit"),
        NO_TITLE_LINE("No title line found: the file name is used as the title"),
        TITLE_FROM_TEXT("No title line found: the title {0} was taken from the text; please check it"),
        NOTICE_TEXT_LEFT_OUT("Imported the plan carried by the notice {0}; the notice''s own text was left out"),
        NOTICE_TEXT_KEPT("Imported the plan carried by the notice {0}; its title line was not found, "
                + "so the notice''s text is kept at the start"),
        DRAFT_MARK("The document is marked {0} (a draft); the mark is left out of the title"),
        LINE_LEFT_OUT("Left out a line that is not part of the plan: {0}"),
        SUMMARY_LEFT_OUT("Left out a summary line that repeats the beginning of the text: {0}"),
        PAGES_JOINED("Joined {0} lines numbered 1、 to {0}、 as pieces of one text (pages of a web copy)"),
        TABLE_ROW_WITHOUT_TASK("Breakdown table row {0} names no task and was left out"),
        TABLE_ROW_BAD_SCORE("Breakdown table row {0}: the score ''{1}'' is not a number; it was left empty"),
        TABLE_ROW_BAD_DATE("Breakdown table row {0}: the due date ''{1}'' is not a date such as 2026-06-30; it was left empty");

        private final String english;

        Code(String english) {
            this.english = english;
        }

        /** The wording with the values filled in. */
        public String english(List<String> values) {
            return new MessageFormat(english, Locale.ROOT).format(values.toArray());
        }
    }
}
