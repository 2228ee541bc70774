package org.planflow.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;

/**
 * Side-by-side comparison with java-diff-utils. Plans are compared as lines (title, headings,
 * paragraphs, one line per breakdown item), and changed lines character by character, since
 * Chinese text has no spaces between words.
 */
final class RevisionDiff {

    private final DiffRowGenerator generator = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(false)
            .ignoreWhiteSpaces(false)
            .oldTag(start -> start ? "<del>" : "</del>")
            .newTag(start -> start ? "<ins>" : "</ins>")
            .build();

    RevisionComparison compare(int from, List<String> oldLines, int to, List<String> newLines) {
        List<RevisionComparison.Row> rows = new ArrayList<>();
        for (DiffRow row : generator.generateDiffRows(oldLines, newLines)) {
            rows.add(new RevisionComparison.Row(tag(row.getTag()), row.getOldLine(), row.getNewLine()));
        }
        return new RevisionComparison(from, to, rows);
    }

    static List<String> lines(PlanDraft draft) {
        List<String> lines = new ArrayList<>();
        lines.add("【" + draft.type() + "】" + draft.title());
        if (draft.docNumber() != null) {
            lines.add(draft.docNumber());
        }
        for (PlanSection section : draft.sections()) {
            if (!section.heading().isEmpty()) {
                lines.add(section.outline() + section.heading());
            }
            section.body().lines().filter(line -> !line.isBlank()).forEach(lines::add);
        }
        if (!draft.items().isEmpty()) {
            lines.add("任务分解表");
        }
        for (BreakdownItem item : draft.items()) {
            lines.add(item.seq() + "｜" + nullToEmpty(item.category()) + "｜" + item.indicator() + "｜"
                    + (item.score() == null ? "" : item.score().stripTrailingZeros().toPlainString() + "分") + "｜"
                    + nullToEmpty(item.scoringMethod()) + "｜" + (item.leadUnit() == null ? "" : item.leadUnit().name()) + "｜"
                    + item.coopUnits().stream().map(UnitRef::name).collect(Collectors.joining("、")) + "｜"
                    + (item.dueDate() == null ? "" : item.dueDate().toString()));
        }
        return lines;
    }

    private static RevisionComparison.Tag tag(DiffRow.Tag tag) {
        return switch (tag) {
            case EQUAL -> RevisionComparison.Tag.EQUAL;
            case INSERT -> RevisionComparison.Tag.INSERT;
            case DELETE -> RevisionComparison.Tag.DELETE;
            case CHANGE -> RevisionComparison.Tag.CHANGE;
        };
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
