package org.planflow.importing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The head of a plan: its title lines, the document number and draft marks around them, and for a
 * notice that forwards or issues a plan (关于转发/印发…的通知) the notice itself, whose embedded plan is
 * what gets imported. Reads the first lines and tells where the plan's own text begins.
 */
final class PlanHead {

    /** Longer names first, so 工作推进方案 is a 推进方案 and not a plain 方案. */
    private static final List<String> TYPES = List.of("实施方案", "工作方案", "推进方案", "行动方案", "行动计划", "工作计划",
            "实施意见", "指导意见", "工作要点", "实施细则", "实施办法", "管理办法", "通知", "意见", "方案", "办法", "规划", "计划",
            "细则", "要点", "决定", "规定");
    private static final String DOC_NUMBER = "\\p{IsHan}{1,12}[〔\\[［【]\\s*\\d{4}\\s*[〕\\]］】]\\s*\\d{1,5}\\s*号";
    private static final Pattern TRAILING_DOC_NUMBER =
            Pattern.compile("\\s*[（(]?\\s*(" + DOC_NUMBER + ")\\s*[）)]?\\s*$");
    private static final Pattern DOC_NUMBER_LINE = Pattern.compile("[（(]?\\s*(" + DOC_NUMBER + ")\\s*[）)]?");
    private static final Pattern DRAFT_MARK = Pattern.compile("[（(]?\\s*(征求意见稿|送审稿|讨论稿|草案|草稿|初稿|修改稿)\\s*[）)]?");
    private static final Pattern TRAILING_DRAFT_MARK =
            Pattern.compile("\\s*[（(]\\s*(征求意见稿|送审稿|讨论稿|草案|草稿|初稿|修改稿)\\s*[）)]\\s*$");
    private static final Pattern QUOTED_TITLE = Pattern.compile("《([^《》]{4,80})》");
    private static final Pattern ISSUED_IN_TITLE = Pattern.compile("(?:转发|印发|下发|颁发|发布)(.+)的通知$");
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[。，,：:；;！？!?]");
    private static final int TITLE_LINES = 3;
    private static final int HEADER_LINES = 2;
    private static final int TITLE_LINE_MAX = 120;
    private static final int INLINE_TITLE_MAX = 60;
    private static final int INLINE_TITLE_MIN = 6;
    private static final int NOTICE_LINES = 8;

    private final List<Block> entries;
    private final String fallbackTitle;
    private final List<DocumentWarning> warnings;
    private String title;
    private String type;
    private String docNumber;
    private int bodyStart;

    private PlanHead(List<Block> entries, String fallbackTitle, List<DocumentWarning> warnings) {
        this.entries = entries;
        this.fallbackTitle = fallbackTitle;
        this.warnings = warnings;
    }

    /**
     * Reads the head of the entries (lines stripped, blank ones gone). The first entry may be replaced
     * when the title runs on into the text on one line, as in scraped web text.
     */
    static PlanHead read(List<Block> entries, String fallbackTitle, List<DocumentWarning> warnings) {
        PlanHead head = new PlanHead(entries, fallbackTitle, warnings);
        head.read();
        return head;
    }

    String title() {
        return title;
    }

    String type() {
        return type;
    }

    String docNumber() {
        return docNumber;
    }

    /** The index of the first entry of the plan's own text. */
    int bodyStart() {
        return bodyStart;
    }

    /** The plan type a title ends with, or null. */
    static String typeOf(String title) {
        return TYPES.stream().filter(title::endsWith).findFirst().orElse(null);
    }

    private void read() {
        for (int start = 0; start <= HEADER_LINES && start < entries.size(); start++) {
            if (start > 0 && !markLine(start - 1)) {
                break;
            }
            if (notice(start) || title(start)) {
                return;
            }
        }
        if (!inlineTitle()) {
            String fromText = TitleFromText.of(entries);
            title = fromText == null ? fallbackTitle : fromText;
            type = typeOf(title);
            warnings.add(fromText == null ? DocumentWarning.of(DocumentWarning.Code.NO_TITLE_LINE)
                    : DocumentWarning.of(DocumentWarning.Code.TITLE_FROM_TEXT, fromText));
        }
    }

    /** A notice title of one to three lines (关于…的通知, maybe with its number), then the plan it carries. */
    private boolean notice(int start) {
        for (int count = 1; count <= TITLE_LINES; count++) {
            String joined = joined(start, count);
            if (joined == null) {
                return false;
            }
            String noticeTitle = withoutDocNumber(joined);
            if (noticeTitle.contains("关于") && noticeTitle.endsWith("通知")) {
                int end = start + count;
                noteMarks(joined);
                String embedded = embeddedTitle(noticeTitle, end);
                if (embedded == null) {
                    accept(noticeTitle, end);
                } else {
                    acceptEmbedded(noticeTitle, embedded, end);
                }
                return true;
            }
        }
        return false;
    }

    private boolean title(int start) {
        for (int count = 1; count <= TITLE_LINES; count++) {
            String joined = joined(start, count);
            if (joined == null) {
                return false;
            }
            String candidate = withoutDraftMark(withoutDocNumber(joined));
            String candidateType = typeOf(candidate);
            if (candidateType != null) {
                noteMarks(joined);
                accept(candidate, start + count);
                return true;
            }
        }
        return false;
    }

    /** Scraped text may glue the title to the first sentence: "关于开展质量强县工作的实施意见XX县质量强县规划…". */
    private boolean inlineTitle() {
        if (entries.isEmpty() || !(entries.get(0) instanceof Block.Line line) || Outline.at(line.text(), 0) != null) {
            return false;
        }
        String text = line.text();
        for (int end = INLINE_TITLE_MIN; end < Math.min(INLINE_TITLE_MAX, text.length()); end++) {
            String prefix = text.substring(0, end);
            if (SENTENCE_PUNCTUATION.matcher(prefix).find()) {
                return false;
            }
            if (typeOf(prefix) != null) {
                title = prefix;
                type = typeOf(prefix);
                entries.set(0, new Block.Line(text.substring(end).strip()));
                bodyStart = 0;
                return true;
            }
        }
        return false;
    }

    private void accept(String titleText, int end) {
        title = titleText;
        type = typeOf(titleText);
        bodyStart = skipMarks(end);
    }

    /**
     * The plan starts after its own title line(s) below the notice; the notice's address, forwarding
     * sentence, issuer and date are not part of the plan. When the title line is missing the plan
     * starts right after the notice title.
     */
    private void acceptEmbedded(String noticeTitle, String embedded, int noticeEnd) {
        title = embedded;
        type = typeOf(embedded);
        String wanted = PlanParser.compact(embedded);
        for (int i = noticeEnd; i < entries.size(); i++) {
            if (entries.get(i) instanceof Block.Line line && Outline.at(line.text(), 0) != null) {
                break;
            }
            for (int count = 1; count <= TITLE_LINES; count++) {
                String joined = joined(i, count);
                if (joined != null && PlanParser.compact(withoutDraftMark(joined)).equals(wanted)) {
                    noteMarks(joined);
                    bodyStart = skipMarks(i + count);
                    warnings.add(DocumentWarning.of(DocumentWarning.Code.NOTICE_TEXT_LEFT_OUT, noticeTitle));
                    return;
                }
            }
        }
        bodyStart = skipMarks(noticeEnd);
        warnings.add(DocumentWarning.of(DocumentWarning.Code.NOTICE_TEXT_KEPT, noticeTitle));
    }

    /** The plan a notice issues: named in 《》 in the notice's first lines, or in the notice title itself. */
    private String embeddedTitle(String noticeTitle, int noticeEnd) {
        for (int i = noticeEnd; i < Math.min(entries.size(), noticeEnd + NOTICE_LINES); i++) {
            if (entries.get(i) instanceof Block.Line line) {
                Matcher m = QUOTED_TITLE.matcher(line.text());
                while (m.find()) {
                    if (isPlanTitle(m.group(1))) {
                        return m.group(1).strip();
                    }
                }
            }
        }
        Matcher m = ISSUED_IN_TITLE.matcher(noticeTitle);
        if (m.find()) {
            String issued = m.group(1);
            // "区质监局拟定的宝坻区…方案": the plan's name follows the last 的
            String name = issued.substring(issued.lastIndexOf('的') + 1);
            if (isPlanTitle(name)) {
                return name;
            }
        }
        return null;
    }

    private static boolean isPlanTitle(String text) {
        String textType = typeOf(text);
        return textType != null && !textType.equals("通知");
    }

    /** Draft marks and document numbers on lines of their own right below the title; noted and passed over. */
    private int skipMarks(int from) {
        int i = from;
        while (i < entries.size() && i < from + HEADER_LINES && markLine(i)) {
            i++;
        }
        return i;
    }

    /** Whether an entry is only a draft mark or a document number; records what it says. */
    private boolean markLine(int index) {
        if (!(entries.get(index) instanceof Block.Line line)) {
            return false;
        }
        Matcher number = DOC_NUMBER_LINE.matcher(line.text());
        if (number.matches()) {
            if (docNumber == null) {
                docNumber = number.group(1).replaceAll("\\s", "");
            }
            return true;
        }
        Matcher draft = DRAFT_MARK.matcher(line.text());
        if (draft.matches()) {
            warnDraft(draft.group(1));
            return true;
        }
        return false;
    }

    /** Title lines joined, or null when one of them is no title line (a sentence, an outline, a table). */
    private String joined(int start, int count) {
        if (start + count > entries.size()) {
            return null;
        }
        StringBuilder joined = new StringBuilder();
        for (int i = start; i < start + count; i++) {
            if (!(entries.get(i) instanceof Block.Line line) || !titleLine(line.text())) {
                return null;
            }
            joined.append(line.text());
        }
        return joined.toString();
    }

    /** A line that may be (part of) a title: short, no sentence, no outline number, not a mark on its own. */
    private static boolean titleLine(String text) {
        return text.length() <= TITLE_LINE_MAX && Outline.at(text, 0) == null
                && !DOC_NUMBER_LINE.matcher(text).matches() && !DRAFT_MARK.matcher(text).matches()
                && !SENTENCE_PUNCTUATION.matcher(withoutDocNumber(text)).find();
    }

    private static String withoutDocNumber(String text) {
        return TRAILING_DOC_NUMBER.matcher(text).replaceFirst("").strip();
    }

    private static String withoutDraftMark(String text) {
        return TRAILING_DRAFT_MARK.matcher(text).replaceFirst("").strip();
    }

    /** Takes the document number and draft mark that the accepted title lines carry. */
    private void noteMarks(String titleLines) {
        Matcher number = TRAILING_DOC_NUMBER.matcher(titleLines);
        if (number.find() && docNumber == null) {
            docNumber = number.group(1).replaceAll("\\s", "");
        }
        Matcher draft = TRAILING_DRAFT_MARK.matcher(withoutDocNumber(titleLines));
        if (draft.find()) {
            warnDraft(draft.group(1));
        }
    }

    private void warnDraft(String mark) {
        DocumentWarning warning = DocumentWarning.of(DocumentWarning.Code.DRAFT_MARK, mark);
        if (!warnings.contains(warning)) {
            warnings.add(warning);
        }
    }
}
