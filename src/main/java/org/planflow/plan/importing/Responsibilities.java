package org.planflow.plan.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where plan text names who does a task: a note in parentheses, labelled ("（牵头责任单位：区市场监管局；
 * 协同配合单位：区发改委、区经信局）") or a bare list at the end of a paragraph ("(市市场监管局、市经信委)":
 * the first leads), or a sentence that starts with the unit ("工商分局要加强市场监管").
 */
final class Responsibilities {

    /** Verbs that follow the unit at the start of a numbered task: "发改委把…", "科委认真实施…", "工商分局要…". */
    static final List<String> NUMBERED_TASK_VERBS = List.of("要", "负责", "把", "将", "认真", "按照", "按", "根据",
            "依据", "对", "在", "加强", "做好", "发挥", "积极", "密切", "牵头", "应", "须");
    /** In running text only an explicit duty counts, or every sentence with a subject would become a task. */
    static final List<String> SENTENCE_TASK_VERBS = List.of("要", "负责");

    private static final Pattern NOTE = Pattern.compile("[（(]([^（）()]{2,400})[）)]");
    private static final Pattern LABEL = Pattern.compile(
            "(牵头责任单位|牵头单位|牵头部门|主责单位|责任单位|责任部门|协同配合单位|配合单位|配合部门|协办单位|参与单位)\\s*[：:]");
    private static final int UNIT_PREFIX_MAX = 40;
    /** Units that start a task are listed with 、 only; a comma means the subject was a clause. */
    private static final Pattern CLAUSE = Pattern.compile("[，,；;：:。]");

    private Responsibilities() {
    }

    /** A note found in a paragraph: where it stands and the units it names, the lead first. */
    record Note(int start, int end, List<String> units) {
    }

    /** The responsibility notes of a paragraph in order. */
    static List<Note> notes(String paragraph) {
        List<Note> notes = new ArrayList<>();
        Matcher m = NOTE.matcher(paragraph);
        while (m.find()) {
            List<String> units = labelled(m.group(1));
            if (units.isEmpty() && endsParagraph(paragraph, m.end())) {
                units = UnitNames.unitList(m.group(1));
            }
            if (!units.isEmpty()) {
                notes.add(new Note(m.start(), m.end(), units));
            }
        }
        return notes;
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

    /** Lead units first (牵头…, 责任…), then cooperating ones; empty when the note names no lead. */
    private static List<String> labelled(String note) {
        Matcher m = LABEL.matcher(note);
        List<String> lead = new ArrayList<>();
        List<String> coop = new ArrayList<>();
        int labelEnd = -1;
        boolean leading = false;
        while (m.find()) {
            if (labelEnd >= 0) {
                (leading ? lead : coop).addAll(UnitNames.split(note.substring(labelEnd, m.start())));
            }
            leading = m.group(1).startsWith("牵头") || m.group(1).startsWith("主责") || m.group(1).startsWith("责任");
            labelEnd = m.end();
        }
        if (labelEnd < 0) {
            return List.of();
        }
        (leading ? lead : coop).addAll(UnitNames.split(note.substring(labelEnd)));
        if (lead.isEmpty()) {
            return List.of();
        }
        lead.addAll(coop);
        return lead;
    }

    private static boolean endsParagraph(String paragraph, int end) {
        return paragraph.substring(end).replaceAll("[\\s。；;，,.]", "").isEmpty();
    }

    private static boolean collective(String name) {
        return name.contains("各") || name.contains("等") || name.startsWith("有关") || name.startsWith("相关")
                || name.startsWith("其他") || name.startsWith("其它") || name.startsWith("全");
    }
}
