package org.planflow.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where plan text names who does a task: a note in parentheses, labelled ("（牵头责任单位：区市场监管局；
 * 协同配合单位：区发改委、区经信局）"), inline ("（区市场监管局牵头，区财政局配合）") or a bare list at the end of a
 * paragraph ("(市市场监管局、市经信委)": the first leads); the same labelled or inline words outside
 * parentheses at the end of a sentence ("…。责任单位：区市场监管局。", "…，由区财政局负责。"); or a sentence that
 * starts with the unit ("工商分局要加强市场监管").
 */
final class Responsibilities {

    /** Verbs that follow the unit at the start of a numbered task: "发改委把…", "科委认真实施…", "工商分局要…". */
    static final List<String> NUMBERED_TASK_VERBS = List.of("要", "负责", "把", "将", "认真", "按照", "按", "根据",
            "依据", "对", "在", "加强", "做好", "发挥", "积极", "密切", "牵头", "应", "须");
    /** In running text only an explicit duty counts, or every sentence with a subject would become a task. */
    static final List<String> SENTENCE_TASK_VERBS = List.of("要", "负责");

    private static final Pattern NOTE = Pattern.compile("[（(]([^（）()]{2,400})[）)]");
    private static final Pattern SENTENCE = Pattern.compile("[^。！？!?]+[。！？!?]*");
    /** Where a clause starts inside a sentence, so where an unbracketed note may start. */
    private static final String CLAUSE_STARTS = "，,；;";
    private static final int UNIT_PREFIX_MAX = 40;
    /** Units that start a task are listed with 、 only; a comma means the subject was a clause. */
    private static final Pattern CLAUSE = Pattern.compile("[，,；;：:。]");

    private Responsibilities() {
    }

    /** A note found in a paragraph: where it stands and the units it names to lead and to cooperate. */
    record Note(int start, int end, List<String> leads, List<String> coops) {

        private Note(int start, int end, NoteText.Roles roles) {
            this(start, end, roles.leads(), roles.coops());
        }
    }

    /** The responsibility notes of a paragraph in order. */
    static List<Note> notes(String paragraph) {
        List<Note> notes = new ArrayList<>();
        // brackets inside group names (各乡镇（街道）) do not close a note
        Matcher m = NOTE.matcher(UnitGroup.maskBrackets(paragraph));
        while (m.find()) {
            String text = paragraph.substring(m.start(1), m.end(1));
            NoteText.Roles roles = NoteText.parse(text);
            if (roles == null && endsParagraph(paragraph, m.end()) && !UnitNames.unitList(text).isEmpty()) {
                roles = NoteText.Roles.listed(UnitNames.unitList(text));
            }
            if (roles != null) {
                notes.add(new Note(m.start(), m.end(), roles));
            }
        }
        notes.addAll(unbracketed(paragraph, List.copyOf(notes)));
        notes.sort(Comparator.comparingInt(Note::start));
        return notes;
    }

    /**
     * Notes without brackets, each to the end of its sentence: labelled from a label that starts a clause
     * (and on through the sentences after it that start with a label), or inline from the first clause on
     * which every clause says who leads or cooperates.
     */
    private static List<Note> unbracketed(String paragraph, List<Note> bracketed) {
        List<int[]> sentences = new ArrayList<>();
        Matcher m = SENTENCE.matcher(paragraph);
        while (m.find()) {
            sentences.add(new int[] {m.start(), m.end()});
        }
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            int start = sentences.get(i)[0];
            int end = sentences.get(i)[1];
            if (overlaps(bracketed, start, end)) {
                continue;
            }
            int label = labelStart(paragraph, start, end);
            if (label >= 0) {
                while (i + 1 < sentences.size() && startsWithLabel(paragraph, sentences.get(i + 1))
                        && !overlaps(bracketed, sentences.get(i + 1)[0], sentences.get(i + 1)[1])) {
                    i++;
                }
                int noteEnd = sentences.get(i)[1];
                NoteText.Roles roles = NoteText.labelled(paragraph.substring(label, noteEnd));
                if (roles != null) {
                    notes.add(new Note(label, noteEnd, roles));
                }
                continue;
            }
            for (int clause = start; clause < end; clause = nextClause(paragraph, clause, end)) {
                NoteText.Roles roles = NoteText.inline(paragraph.substring(clause, end));
                if (roles != null) {
                    notes.add(new Note(clause, end, roles));
                    break;
                }
            }
        }
        return notes;
    }

    private static boolean overlaps(List<Note> notes, int start, int end) {
        return notes.stream().anyMatch(note -> note.start() < end && note.end() > start);
    }

    private static boolean startsWithLabel(String paragraph, int[] sentence) {
        return labelStart(paragraph, sentence[0], sentence[0] + 1) >= 0;
    }

    /** Where a label starts a clause of the sentence, searching clause starts from {@code start} up to {@code limit}; -1 if none. */
    private static int labelStart(String paragraph, int start, int limit) {
        Matcher label = NoteText.LABEL.matcher(paragraph);
        for (int clause = start; clause < limit && clause < paragraph.length(); clause = nextClause(paragraph, clause, paragraph.length())) {
            int at = clause;
            while (at < paragraph.length() && Character.isWhitespace(paragraph.charAt(at))) {
                at++;
            }
            if (label.region(at, paragraph.length()).lookingAt()) {
                return at;
            }
        }
        return -1;
    }

    /** The start of the clause after the one at {@code from}, or {@code end}. */
    private static int nextClause(String paragraph, int from, int end) {
        for (int i = from; i < end; i++) {
            if (CLAUSE_STARTS.indexOf(paragraph.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return end;
    }

    /**
     * The units a task text starts with, such as [区发改委, 区经贸局] for "区发改委、区经贸局要…", when one of
     * the verbs follows them; empty otherwise. Collective subjects (各部门, 有关单位) name no unit.
     */
    static List<String> leadingUnits(String text, List<String> verbs) {
        for (int p = 2; p < Math.min(UNIT_PREFIX_MAX, text.length()); p++) {
            for (String verb : verbs) {
                if (text.startsWith(verb, p) && !CLAUSE.matcher(text.substring(0, p)).find()) {
                    List<String> units = UnitNames.unitList(text.substring(0, p));
                    if (!units.isEmpty()) {
                        return units.stream().anyMatch(Responsibilities::collective) ? List.of() : units;
                    }
                }
            }
        }
        return List.of();
    }

    private static boolean endsParagraph(String paragraph, int end) {
        return paragraph.substring(end).replaceAll("[\\s。；;，,.]", "").isEmpty();
    }

    private static boolean collective(String name) {
        return name.contains("各") || name.contains("等") || name.startsWith("有关") || name.startsWith("相关")
                || name.startsWith("其他") || name.startsWith("其它") || name.startsWith("全");
    }
}
