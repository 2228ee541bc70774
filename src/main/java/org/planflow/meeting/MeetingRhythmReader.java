package org.planflow.meeting;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.planflow.shared.Cadence;

/**
 * Reads which meetings a plan's text says it holds and how often: "每季度召开一次成员单位联席会议" (JOINT, QUARTERLY),
 * "建立质量工作联席会议制度,每半年召开一次成员单位联席会" (JOINT, HALF_YEARLY), "每年至少召开一次质量发展委员会会议"
 * (PLENARY, YEARLY). The kind is named after the cadence in the same clause, else anywhere in the sentence; a meeting of
 * the whole group or committee that is neither 联席会 nor 联络员会 is PLENARY. The first mention of a kind wins.
 */
public final class MeetingRhythmReader {

    private static final Pattern SENTENCE = Pattern.compile("[^。；;！!？?\\n]+");
    private static final Pattern CADENCE = Pattern.compile(
            "每(?:个)?(月|季度|半年|年度?)(?:至少|原则上|定期)?召开(?:一|1)次");
    private static final Pattern CLAUSE_END = Pattern.compile("[，,、：:]");

    private MeetingRhythmReader() {
    }

    public static Map<MeetingKind, Cadence> read(String text) {
        Map<MeetingKind, Cadence> rhythm = new LinkedHashMap<>();
        if (text == null) {
            return rhythm;
        }
        Matcher sentences = SENTENCE.matcher(text);
        while (sentences.find()) {
            String sentence = sentences.group();
            Matcher cadence = CADENCE.matcher(sentence);
            while (cadence.find()) {
                String rest = sentence.substring(cadence.end());
                Matcher end = CLAUSE_END.matcher(rest);
                String clause = end.find() ? rest.substring(0, end.start()) : rest;
                MeetingKind kind = kind(clause.contains("会") ? clause : sentence);
                rhythm.putIfAbsent(kind, cadence(cadence.group(1)));
            }
        }
        return rhythm;
    }

    private static MeetingKind kind(String text) {
        if (text.contains("联络员")) {
            return MeetingKind.LIAISON;
        }
        return text.contains("联席会") ? MeetingKind.JOINT : MeetingKind.PLENARY;
    }

    private static Cadence cadence(String unit) {
        return switch (unit) {
            case "月" -> Cadence.MONTHLY;
            case "季度" -> Cadence.QUARTERLY;
            case "半年" -> Cadence.HALF_YEARLY;
            default -> Cadence.YEARLY;
        };
    }
}
