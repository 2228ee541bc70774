package org.planflow.plan;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Something an import could not resolve, as a {@link Code} name and the values its wording needs (e.g.
 * the unit name not found), so that each reader sees it in their own language. Values never contain
 * tabs or line breaks: warnings are stored one a line with the values separated by tabs.
 */
// message is derived from code and values, so JSON that carries it back is read without it
@JsonIgnoreProperties(value = "message", allowGetters = true)
public record ImportWarning(String code, List<String> values) {

    public ImportWarning {
        values = values.stream().map(value -> value == null ? "" : value.replaceAll("[\\t\\r\\n]", " ")).toList();
    }

    public static ImportWarning of(Code code, Object... values) {
        return new ImportWarning(code.name(), Arrays.stream(values).map(String::valueOf).toList());
    }

    /** The warning in English; a code this version does not know shows with its values as they are. */
    @JsonProperty("message")
    public String message() {
        Code known = Arrays.stream(Code.values()).filter(c -> c.name().equals(code)).findFirst().orElse(null);
        return known == null ? code + ": " + String.join(", ", values)
                : new MessageFormat(known.english, Locale.ROOT).format(values.toArray());
    }

    /** What an import can warn about; the English wording takes the values as {0}, {1}, … */
    public enum Code {
        UNIT_NOT_FOUND("Unit not found in the district: {0}"),
        ITEM_WITHOUT_LEAD_UNIT("Breakdown item {0} names no lead unit: {1}"),
        NO_TITLE_LINE("No title line found: the file name is used as the title"),
        NOTICE_TEXT_LEFT_OUT("Imported the plan carried by the notice {0}; the notice''s own text was left out"),
        NOTICE_TEXT_KEPT("Imported the plan carried by the notice {0}; its title line was not found, "
                + "so the notice''s text is kept at the start"),
        DRAFT_MARK("The document is marked {0} (a draft); the mark is left out of the title"),
        LINE_LEFT_OUT("Left out a line that is not part of the plan: {0}"),
        SUMMARY_LEFT_OUT("Left out a summary line that repeats the beginning of the text: {0}"),
        PAGES_JOINED("Joined {0} lines numbered 1、 to {0}、 as pieces of one text (pages of a web copy)"),
        TABLE_ROW_WITHOUT_TASK("Breakdown table row {0} names no task and was left out"),
        TABLE_ROW_BAD_SCORE("Breakdown table row {0}: the score ''{1}'' is not a number; it was left empty"),
        TABLE_ROW_BAD_DATE("Breakdown table row {0}: the due date ''{1}'' is not a date such as 2026-06-30; it was left empty"),
        /** A warning stored as English text before warnings had codes; the text is its only value. */
        TEXT("{0}");

        private final String english;

        Code(String english) {
            this.english = english;
        }
    }
}
