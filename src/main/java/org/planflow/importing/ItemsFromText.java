package org.planflow.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.planflow.importing.Responsibilities.Note;

/**
 * The breakdown items a plan's text proposes, paragraph by paragraph in reading order: one wherever the text names
 * who does a task, by a responsibility note (（牵头单位：…）), a numbered heading that starts with its units, or a
 * sentence that does.
 */
final class ItemsFromText {

    private static final Pattern ENUMERATOR = Pattern.compile("^(?:[一二三四五六七八九十]+是|[（(]\\d+[）)]|\\d+[.．、]|[①-⑳])\\s*");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[，,；;：:。.！？!?\\s]+$");
    private static final Pattern SENTENCES = Pattern.compile("[。！？!?]");

    private final List<ParsedItem> items = new ArrayList<>();
    /** The task of the paragraph before and its category, for a responsibility note on a line of its own. */
    private String previousTask = "";
    private String previousCategory;

    List<ParsedItem> items() {
        return items;
    }

    /** Items read from a table of the document. */
    void addAll(List<ParsedItem> tableItems) {
        items.addAll(tableItems);
    }

    /**
     * A numbered line: its notes (found in {@code content}, the line without its number) propose the items; without
     * notes, units leading a heading below the first level do; else the sentences of the text after the heading.
     */
    void heading(Outline outline, String content, List<Note> notes, String heading, String rest, String parent) {
        List<String> leadingUnits = outline.level() >= 2
                ? Responsibilities.leadingUnits(heading, Responsibilities.NUMBERED_TASK_VERBS) : List.of();
        if (!notes.isEmpty()) {
            fromNotes(content, notes, heading, parent);
        } else if (!leadingUnits.isEmpty()) {
            propose(parent, heading, content, NoteText.Roles.listed(leadingUnits));
        } else {
            fromSentences(rest, emptyToNull(heading));
        }
        previousTask = heading;
        previousCategory = parent;
    }

    /** A paragraph of text under the section headed {@code sectionHeading}, which is the category of its items. */
    void body(String text, String sectionHeading) {
        String category = emptyToNull(sectionHeading);
        List<Note> notes = Responsibilities.notes(text);
        if (!notes.isEmpty()) {
            fromNotes(text, notes, null, category);
        } else {
            fromSentences(text, category);
        }
        previousTask = firstSentence(text);
        previousCategory = category;
    }

    /**
     * One item per note; its task is the text before it, or the heading for the first note of a heading
     * line when the note comes after the heading; a note that starts the paragraph belongs to the task above.
     */
    private void fromNotes(String paragraph, List<Note> notes, String heading, String category) {
        int from = 0;
        for (Note note : notes) {
            boolean afterHeading = from == 0 && heading != null && !heading.isEmpty() && note.start() >= heading.length();
            String task = afterHeading ? heading : firstSentence(paragraph.substring(from, note.start()));
            String taskCategory = category;
            String taskText = paragraph.substring(from, note.start());
            if (task.isEmpty() && from == 0) {
                task = previousTask;
                taskText = previousTask;
                taskCategory = previousCategory;
            }
            if (!task.isEmpty()) {
                propose(taskCategory, task, taskText, new NoteText.Roles(note.leads(), note.coops()));
            }
            from = note.end();
        }
    }

    private void fromSentences(String text, String category) {
        for (String sentence : SENTENCES.split(text)) {
            String task = TRAILING_PUNCTUATION.matcher(sentence.strip()).replaceFirst("");
            List<String> units = Responsibilities.leadingUnits(task, Responsibilities.SENTENCE_TASK_VERBS);
            if (!units.isEmpty()) {
                propose(category, task, task, NoteText.Roles.listed(units));
            }
        }
    }

    /** An item for the task, read from {@code text} (the task and what the text says about it: dates, targets). */
    private void propose(String category, String task, String text, NoteText.Roles roles) {
        String indicator = TRAILING_PUNCTUATION.matcher(task).replaceFirst("");
        items.add(new ParsedItem(category, indicator, null, null, roles.leads(), roles.coops(), null, text));
    }

    /** The first sentence of a task text without its enumerator (一是, (1), ①) and closing punctuation. */
    private static String firstSentence(String text) {
        String sentence = SENTENCES.split(text.strip(), 2)[0];
        sentence = ENUMERATOR.matcher(sentence.strip()).replaceFirst("");
        return TRAILING_PUNCTUATION.matcher(sentence).replaceFirst("").strip();
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
