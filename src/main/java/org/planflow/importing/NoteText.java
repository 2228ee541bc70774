package org.planflow.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The units a responsibility note names, as district plans write them: labelled ("牵头单位：A、B；配合单位：
 * C", "责任单位：A", "主办：A；协办：B") or inline ("A牵头，B、C配合", "由A负责，B参与", "A会同B负责", "A为牵头单位").
 * Punctuation may be full-width or half-width; a label needs its colon.
 */
final class NoteText {

    private static final String LEAD_LABELS = "牵头责任单位|牵头单位|牵头部门|主办单位|主责单位|主责部门|牵头|主办|主责";
    /** Responsible units lead when no unit is labelled as lead; otherwise they share the work. */
    private static final String RESPONSIBLE_LABELS = "责任单位|责任部门|承办单位";
    private static final String COOP_LABELS = "协同配合单位|配合单位|配合部门|协办单位|协办部门|参与单位|参与部门|协同单位|配合|协办|参与";
    /** Labels of what a note says besides units; their text is no unit. */
    private static final String OTHER_LABELS = "牵头领导|责任领导|分管领导|责任人|联系人|完成时限|完成时间|时间节点|时限要求|时限";
    static final Pattern LABEL = Pattern.compile(
            "(" + LEAD_LABELS + "|" + RESPONSIBLE_LABELS + "|" + COOP_LABELS + "|" + OTHER_LABELS + ")\\s*[：:]");
    private static final Pattern LEAD_LABEL = Pattern.compile(LEAD_LABELS);
    private static final Pattern RESPONSIBLE_LABEL = Pattern.compile(RESPONSIBLE_LABELS);
    private static final Pattern COOP_LABEL = Pattern.compile(COOP_LABELS);

    private static final Pattern CLAUSES = Pattern.compile("[，,；;]");
    private static final Pattern LEAD_CLAUSE = Pattern.compile(
            "由?(.+?)(?:为(?:牵头|主办|主责|责任)(?:单位|部门)|牵头负责|牵头落实|负责落实|牵头|负责|主办|主责)");
    private static final Pattern LEAD_WITH_CLAUSE = Pattern.compile("由?(.+?)会同(.+?)(?:共同负责|负责|落实|实施|推进)?");
    private static final Pattern COOP_CLAUSE = Pattern.compile(
            "(.+?)(?:为(?:配合|协办|参与)(?:单位|部门)|协同配合|配合落实|积极配合|共同参与|配合|参与|协办|协助|协同)");
    private static final Pattern STOPS = Pattern.compile("[\\s。.！？!?]+$");

    private NoteText() {
    }

    /** The units named to lead (usually one) and to cooperate. */
    record Roles(List<String> leads, List<String> coops) {

        /** A list without roles: the first leads, the others cooperate. */
        static Roles listed(List<String> units) {
            return new Roles(units.subList(0, 1), units.subList(1, units.size()));
        }
    }

    /** The roles of a labelled or inline note; null when the text is neither or names no lead. */
    static Roles parse(String text) {
        Roles labelled = labelled(text);
        return labelled != null ? labelled : inline(text);
    }

    /** The roles of a labelled note; text before the first label is ignored. Null without a label that names a lead. */
    static Roles labelled(String text) {
        Matcher m = LABEL.matcher(text);
        List<String> leads = new ArrayList<>();
        List<String> responsible = new ArrayList<>();
        List<String> coops = new ArrayList<>();
        String label = null;
        int segment = -1;
        while (m.find()) {
            if (label != null) {
                target(label, leads, responsible, coops).addAll(units(text.substring(segment, m.start())));
            }
            label = m.group(1);
            segment = m.end();
        }
        if (label == null) {
            return null;
        }
        target(label, leads, responsible, coops).addAll(units(text.substring(segment)));
        if (leads.isEmpty() && responsible.isEmpty()) {
            return null;
        }
        List<String> shared = new ArrayList<>(responsible);
        if (leads.isEmpty()) {
            leads.add(shared.remove(0));
        }
        shared.addAll(coops);
        return new Roles(leads, shared);
    }

    /** The roles of an inline note, every clause of which says who leads or cooperates; null otherwise. */
    static Roles inline(String text) {
        List<String> leads = new ArrayList<>();
        List<String> coops = new ArrayList<>();
        for (String part : CLAUSES.split(STOPS.matcher(text.strip()).replaceFirst(""))) {
            String clause = part.strip();
            if (clause.isEmpty()) {
                continue;
            }
            Matcher with = LEAD_WITH_CLAUSE.matcher(clause);
            Matcher lead = LEAD_CLAUSE.matcher(clause);
            Matcher coop = COOP_CLAUSE.matcher(clause);
            if (with.matches() && !UnitNames.unitList(with.group(1)).isEmpty() && !UnitNames.unitList(with.group(2)).isEmpty()) {
                leads.addAll(UnitNames.unitList(with.group(1)));
                coops.addAll(UnitNames.unitList(with.group(2)));
            } else if (lead.matches() && !UnitNames.unitList(lead.group(1)).isEmpty()) {
                leads.addAll(UnitNames.unitList(lead.group(1)));
            } else if (coop.matches() && !UnitNames.unitList(coop.group(1)).isEmpty()) {
                coops.addAll(UnitNames.unitList(coop.group(1)));
            } else {
                return null;
            }
        }
        return leads.isEmpty() ? null : new Roles(leads, coops);
    }

    private static List<String> target(String label, List<String> leads, List<String> responsible, List<String> coops) {
        if (LEAD_LABEL.matcher(label).matches()) {
            return leads;
        }
        if (RESPONSIBLE_LABEL.matcher(label).matches()) {
            return responsible;
        }
        return COOP_LABEL.matcher(label).matches() ? coops : new ArrayList<>();
    }

    /** The names of a labelled list; a part with digits is a date or a number that ran into the note, not a unit. */
    private static List<String> units(String segment) {
        return UnitNames.split(segment).stream().filter(name -> !name.matches(".*\\d.*")).toList();
    }
}
