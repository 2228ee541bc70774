package org.planflow.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the blocks of a plan document into its title, sections and proposed breakdown items. Real
 * plans arrive as Word files, forwarded notices and text scraped from the web, so besides the outline
 * numbering it copes with headings run into their text, page fragments and a site's boilerplate.
 */
final class PlanParser {

    /** Boilerplate of document-sharing sites above scraped text. */
    private static final List<String> SITE_BOILERPLATE = List.of("由会员分享", "可在线阅读", "珍藏版", "上搜索");
    private static final int HEAD_LINES = 3;
    private static final Pattern PAGE_PREFIX = Pattern.compile("^(\\d{1,3})、");
    private static final String SENTENCE_END = "。！？；;：:”」）)!?";
    private static final int FRAGMENT_RUN_MIN = 3;
    private static final String ELLIPSIS = "…. ";
    private static final int ABBREVIATED = 40;

    private PlanParser() {
    }

    static ParsedPlan parse(List<Block> blocks, String fallbackTitle) {
        List<DocumentWarning> warnings = new ArrayList<>();
        List<Block> entries = entries(blocks);
        dropSiteBoilerplate(entries, warnings);
        dropSummaryLine(entries, warnings);
        joinPageFragments(entries, warnings);
        PlanHead head = PlanHead.read(entries, fallbackTitle, warnings);
        SectionWalk walk = new SectionWalk(warnings);
        for (Block entry : entries.subList(head.bodyStart(), entries.size())) {
            walk.add(entry);
        }
        List<ImportedSection> sections = walk.sections();
        return new ParsedPlan(head.title(), head.type(), head.docNumber(), sections, walk.items(), warnings);
    }

    /** Lines stripped and blank ones gone; a table that is no breakdown table becomes a line per row. */
    private static List<Block> entries(List<Block> blocks) {
        List<Block> entries = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Block.Line line) {
                addLine(entries, line.text());
            } else if (block instanceof Block.Table table) {
                if (TableItems.headerRow(table.rows()) >= 0) {
                    entries.add(table);
                } else {
                    table.rows().forEach(row -> addLine(entries, String.join(" ", row)));
                }
            }
        }
        return entries;
    }

    private static void addLine(List<Block> entries, String text) {
        String stripped = text.strip();
        if (!stripped.isEmpty()) {
            entries.add(new Block.Line(stripped));
        }
    }

    private static void dropSiteBoilerplate(List<Block> entries, List<DocumentWarning> warnings) {
        for (int i = Math.min(HEAD_LINES, entries.size()) - 1; i >= 0; i--) {
            if (entries.get(i) instanceof Block.Line line && SITE_BOILERPLATE.stream().anyMatch(line.text()::contains)) {
                entries.remove(i);
                warnings.add(DocumentWarning.of(DocumentWarning.Code.LINE_LEFT_OUT, abbreviated(line.text())));
            }
        }
    }

    /** A web page's summary above the text repeats its beginning and ends in an ellipsis. */
    private static void dropSummaryLine(List<Block> entries, List<DocumentWarning> warnings) {
        if (entries.size() < 2 || !(entries.get(0) instanceof Block.Line first)
                || !(first.text().endsWith("...") || first.text().endsWith("…"))) {
            return;
        }
        String summary = compact(first.text().replaceAll("[" + ELLIPSIS + "]+$", ""));
        StringBuilder following = new StringBuilder();
        for (int i = 1; i < entries.size() && following.length() < summary.length(); i++) {
            if (entries.get(i) instanceof Block.Line line) {
                following.append(compact(line.text()));
            }
        }
        if (!summary.isEmpty() && following.toString().startsWith(summary)) {
            entries.remove(0);
            warnings.add(DocumentWarning.of(DocumentWarning.Code.SUMMARY_LEFT_OUT, abbreviated(first.text())));
        }
    }

    /**
     * Text scraped page by page arrives as lines numbered 1、 2、 3、 … that break off mid-sentence. Such
     * a run is one text: the numbers go and the pieces are joined. Numbered tasks (1、质监分局要…。) end
     * their sentences, which tells the two apart.
     */
    private static void joinPageFragments(List<Block> entries, List<DocumentWarning> warnings) {
        for (int start = 0; start < entries.size(); start++) {
            int end = start;
            while (end < entries.size() && pageNumber(entries.get(end)) == end - start + 1) {
                end++;
            }
            int length = end - start;
            if (length >= FRAGMENT_RUN_MIN && brokenOff(entries.subList(start, end - 1))) {
                StringBuilder text = new StringBuilder();
                for (Block block : entries.subList(start, end)) {
                    text.append(PAGE_PREFIX.matcher(((Block.Line) block).text()).replaceFirst(""));
                }
                entries.subList(start, end).clear();
                entries.add(start, new Block.Line(text.toString().strip()));
                warnings.add(DocumentWarning.of(DocumentWarning.Code.PAGES_JOINED, length));
            }
        }
    }

    private static int pageNumber(Block block) {
        if (block instanceof Block.Line line) {
            Matcher m = PAGE_PREFIX.matcher(line.text());
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return -1;
    }

    /** Whether most lines break off instead of ending a sentence. */
    private static boolean brokenOff(List<Block> lines) {
        long broken = lines.stream().map(block -> ((Block.Line) block).text())
                .filter(text -> SENTENCE_END.indexOf(text.charAt(text.length() - 1)) < 0).count();
        return broken * 2 > lines.size();
    }

    /** The text without any spaces, for comparing lines that wrap differently. */
    static String compact(String text) {
        return text.replaceAll("[\\s\\u3000]+", "");
    }

    private static String abbreviated(String text) {
        return text.length() <= ABBREVIATED ? text : text.substring(0, ABBREVIATED) + "…";
    }
}
