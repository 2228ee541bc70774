package org.planflow.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.planflow.importing.Responsibilities.Note;

/**
 * Walks the plan's text in order and cuts it into sections at the outline numbers, handing every
 * paragraph to {@link ItemsFromText} for the breakdown items it names. Every line ends up in a section, so no
 * text is lost. Headings run into their text, as in scraped web copies, are split off too, but only
 * where the numbering continues and a sentence has ended, so "一、二、三产业" stays text.
 */
final class SectionWalk {

    private static final Pattern ATTACHMENT = Pattern.compile("附件\\s*\\d*");
    private static final String SENTENCE_STOP = "。！？!?";
    private static final String CLAUSE_STOP = "，,；;：:";
    /** Where an outline number may start inside a line: after a sentence or clause has ended. */
    private static final String BOUNDARY = "。；;：:！？!?";
    private static final String PUNCTUATION = SENTENCE_STOP + CLAUSE_STOP + "、";
    private static final int HEADING_MAX = 60;
    /** A level-1 heading glued to its first level-2 number: "二、指导思想和主要目标(一)指导思想…". */
    private static final int GLUED_HEADING_MAX = 30;

    private final List<DocumentWarning> warnings;
    private final List<ImportedSection> sections = new ArrayList<>();
    private final ItemsFromText items = new ItemsFromText();
    private Draft current = new Draft("", 0, "");
    private String levelOneHeading;
    private String levelTwoHeading;
    private int levelOne;
    private int levelTwo;
    private int levelThree;
    private boolean attachmentHeadingDue;

    SectionWalk(List<DocumentWarning> warnings) {
        this.warnings = warnings;
    }

    void add(Block entry) {
        attachmentHeadingDue = attachmentHeadingDue && entry instanceof Block.Line;
        if (entry instanceof Block.Table table) {
            TableItems tableItems = TableItems.read(table.rows(), TableItems.headerRow(table.rows()));
            items.addAll(tableItems.items());
            warnings.addAll(tableItems.warnings());
        } else if (entry instanceof Block.Line line) {
            line(line.text());
        }
    }

    List<ImportedSection> sections() {
        List<ImportedSection> all = new ArrayList<>(sections);
        if (current.hasContent()) {
            all.add(current.section());
        }
        return all;
    }

    List<ParsedItem> items() {
        return items.items();
    }

    private void line(String text) {
        if (attachmentHeadingDue) {
            attachmentHeadingDue = false;
            if (text.length() <= HEADING_MAX && Outline.at(text, 0) == null && indexOfAny(text, SENTENCE_STOP, 0) < 0) {
                current.heading = text;
                levelOneHeading = text;
                return;
            }
        }
        if (ATTACHMENT.matcher(text).matches()) {
            startSection(text, 1, "");
            levelOne = 0;
            levelTwo = 0;
            levelThree = 0;
            levelOneHeading = null;
            levelTwoHeading = null;
            attachmentHeadingDue = true;
            return;
        }
        int start = 0;
        Outline outline = Outline.at(text, 0);
        while (true) {
            int contentStart = start;
            if (outline != null) {
                count(outline);
                contentStart += outline.length();
            }
            int next = nextInlineOutline(text, contentStart, outline);
            String segment = text.substring(contentStart, next < 0 ? text.length() : next).strip();
            if (outline != null) {
                headingParagraph(outline, segment);
            } else {
                bodyParagraph(segment);
            }
            if (next < 0) {
                return;
            }
            start = next;
            outline = Outline.at(text, next);
        }
    }

    private void count(Outline outline) {
        switch (outline.level()) {
            case 1 -> {
                levelOne = outline.number();
                levelTwo = 0;
                levelThree = 0;
            }
            case 2 -> {
                levelTwo = outline.number();
                levelThree = 0;
            }
            default -> levelThree = outline.number();
        }
    }

    /** The next outline number inside the line that continues the numbering, or -1. */
    private int nextInlineOutline(String text, int from, Outline segmentOutline) {
        for (int q = from + 1; q < text.length(); q++) {
            Outline candidate = Outline.at(text, q);
            if (candidate != null && continues(candidate, text, from, q, segmentOutline)) {
                return q;
            }
        }
        return -1;
    }

    private boolean continues(Outline candidate, String text, int from, int at, Outline segmentOutline) {
        boolean afterSentence = BOUNDARY.indexOf(previousNonSpace(text, at)) >= 0;
        return switch (candidate.level()) {
            case 1 -> afterSentence && candidate.number() == levelOne + 1;
            case 2 -> candidate.number() == levelTwo + 1
                    && (afterSentence || gluedToHeading(text, from, at, segmentOutline));
            default -> afterSentence
                    // one number may be lost in a scraped copy (1. read as L)
                    && (candidate.number() == levelThree + 1 || candidate.number() == levelThree + 2);
        };
    }

    private static boolean gluedToHeading(String text, int from, int at, Outline segmentOutline) {
        return segmentOutline != null && segmentOutline.level() == 1 && at - from <= GLUED_HEADING_MAX
                && indexOfAny(text.substring(from, at), PUNCTUATION, 0) < 0;
    }

    private static char previousNonSpace(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return ' ';
    }

    private void headingParagraph(Outline outline, String content) {
        String[] split = splitHeading(content);
        String heading = split[0];
        String rest = split[1];
        List<Note> notes = Responsibilities.notes(content);
        // a note that ends the heading ("加强计量基础建设（责任单位：区科技局）") is text of the section, not its heading
        for (Note note : notes) {
            if (note.start() > 0 && note.start() < heading.length() && note.end() >= heading.length()) {
                rest = heading.substring(note.start()) + rest;
                heading = heading.substring(0, note.start()).strip();
            }
        }
        String parent = switch (outline.level()) {
            case 1 -> null;
            case 2 -> levelOneHeading;
            default -> levelTwoHeading != null ? levelTwoHeading : levelOneHeading;
        };
        startSection(outline.printed(), outline.level(), heading);
        if (!rest.isEmpty()) {
            current.body.add(rest);
        }
        if (outline.level() == 1) {
            levelOneHeading = heading;
            levelTwoHeading = null;
        } else if (outline.level() == 2) {
            levelTwoHeading = heading;
        }
        items.heading(outline, content, notes, heading, rest, parent);
    }

    private void bodyParagraph(String text) {
        if (text.isEmpty()) {
            return;
        }
        current.body.add(text);
        items.body(text, current.heading);
    }

    /**
     * The heading and the rest of a numbered line: up to the first full stop when that comes soon; a
     * short line is all heading; a long first sentence ends its heading at the first comma or semicolon.
     */
    private static String[] splitHeading(String content) {
        int stop = indexOfAny(content, SENTENCE_STOP, 0);
        if (stop >= 0 && stop <= HEADING_MAX) {
            return new String[] {content.substring(0, stop).strip(), content.substring(stop + 1).strip()};
        }
        if (stop < 0 && content.length() <= HEADING_MAX) {
            return new String[] {content.strip(), ""};
        }
        int clause = indexOfAny(content, CLAUSE_STOP, 0);
        int end = clause >= 0 && clause <= HEADING_MAX ? clause : stop;
        if (end < 0) {
            return new String[] {content.strip(), ""};
        }
        return new String[] {content.substring(0, end).strip(), content.substring(end + 1).strip()};
    }

    private void startSection(String outline, int level, String heading) {
        if (current.hasContent()) {
            sections.add(current.section());
        }
        current = new Draft(outline, level, heading);
    }

    private static int indexOfAny(String text, String characters, int from) {
        for (int i = from; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** A section being read; the body grows line by line. */
    private static final class Draft {

        private final String outline;
        private final int level;
        private String heading;
        private final List<String> body = new ArrayList<>();

        Draft(String outline, int level, String heading) {
            this.outline = outline;
            this.level = level;
            this.heading = heading;
        }

        boolean hasContent() {
            return !outline.isEmpty() || !heading.isEmpty() || !body.isEmpty();
        }

        ImportedSection section() {
            return new ImportedSection(outline, level, heading, String.join("\n", body));
        }
    }
}
