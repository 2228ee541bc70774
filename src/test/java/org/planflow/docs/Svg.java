package org.planflow.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small SVG writer for the BPMN diagrams: shapes, paths and wrapped text, written with fixed number
 * formatting so the same diagram always gives the same text (the up-to-date check compares it).
 */
final class Svg {

    static final double FONT_SIZE = 12;
    static final double LINE_HEIGHT = 14.5;
    static final String INK = "#222";

    private final StringBuilder out = new StringBuilder();

    Svg line(String element) {
        out.append("  ").append(element).append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String num(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : String.format(Locale.ROOT, "%.1f", rounded);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String rect(double x, double y, double width, double height, double radius, String style) {
        return "<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(width) + "\" height=\"" + num(height) + "\""
                + (radius > 0 ? " rx=\"" + num(radius) + "\"" : "") + " " + style + "/>";
    }

    static String circle(double cx, double cy, double r, String style) {
        return "<circle cx=\"" + num(cx) + "\" cy=\"" + num(cy) + "\" r=\"" + num(r) + "\" " + style + "/>";
    }

    static String path(String d, String style) {
        return "<path d=\"" + d + "\" " + style + "/>";
    }

    /** A path through the points: {@code M x y L x y …}. */
    static String polyline(List<double[]> points) {
        StringBuilder d = new StringBuilder();
        for (double[] point : points) {
            d.append(d.isEmpty() ? "M" : " L").append(num(point[0])).append(' ').append(num(point[1]));
        }
        return d.toString();
    }

    /**
     * Text lines with their first baseline at {@code y}; {@code anchor} is start, middle or end. A halo keeps
     * a label readable where it crosses a line.
     */
    static String text(List<String> lines, double x, double y, String anchor, boolean halo, String extra) {
        StringBuilder text = new StringBuilder("<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" text-anchor=\"" + anchor + "\"");
        if (halo) {
            text.append(" stroke=\"#fff\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\"");
        }
        text.append(extra.isEmpty() ? "" : " " + extra).append('>');
        for (int i = 0; i < lines.size(); i++) {
            String content = escape(lines.get(i));
            text.append(i == 0 ? content : "<tspan x=\"" + num(x) + "\" dy=\"" + num(LINE_HEIGHT) + "\">" + content + "</tspan>");
        }
        return text.append("</text>").toString();
    }

    /** Estimated width of the text at the diagram's font size: CJK characters are square, Latin narrower. */
    static double width(String text) {
        double em = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            em += c >= 0x2E80 ? 1.0 : c == ' ' ? 0.3 : Character.isUpperCase(c) ? 0.68 : c == 'i' || c == 'l' || c == '.' ? 0.3 : 0.56;
            i += Character.charCount(c);
        }
        return em * FONT_SIZE;
    }

    /** Greedy wrap: Latin words stay whole, CJK text breaks between characters, never before closing punctuation. */
    static List<String> wrap(String text, double maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.strip().split("\\s*\\n\\s*")) {
            StringBuilder line = new StringBuilder();
            for (String token : tokens(paragraph)) {
                String candidate = line + token;
                boolean fits = width(candidate.strip()) <= maxWidth;
                if (fits || line.isEmpty() || isClosingPunctuation(token)) {
                    line.append(token);
                } else {
                    lines.add(line.toString().strip());
                    line = new StringBuilder(token.isBlank() ? "" : token);
                }
            }
            if (!line.toString().isBlank()) {
                lines.add(line.toString().strip());
            }
        }
        return lines;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            String character = new String(Character.toChars(c));
            i += Character.charCount(c);
            if (c >= 0x2E80 || c == ' ') {
                if (!word.isEmpty()) {
                    tokens.add(word.toString());
                    word.setLength(0);
                }
                tokens.add(character);
            } else {
                word.append(character);
            }
        }
        if (!word.isEmpty()) {
            tokens.add(word.toString());
        }
        return tokens;
    }

    private static boolean isClosingPunctuation(String token) {
        return "，。、；：？！）」』》".contains(token) && token.length() == 1;
    }
}
