package org.planflow.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An outline number of Chinese official documents as printed: 一、 (level 1), （一） or (一) (level 2), 1. 1． 1、 (level 3). */
record Outline(String printed, int level, int number) {

    private static final Pattern LEVEL_1 = Pattern.compile("([一二三四五六七八九十]{1,3})、");
    private static final Pattern LEVEL_2 = Pattern.compile("[（(]([一二三四五六七八九十]{1,3})[）)]");
    /** Not followed by a digit, so 5.5‰ is a number and not an outline. */
    private static final Pattern LEVEL_3 = Pattern.compile("(\\d{1,2})[.．、](?!\\d)");
    private static final String NUMERALS = "一二三四五六七八九";

    /** The outline number at {@code index} of the text, or null. */
    static Outline at(String text, int index) {
        Outline outline = match(LEVEL_1, text, index, 1);
        if (outline == null) {
            outline = match(LEVEL_2, text, index, 2);
        }
        if (outline == null && (index == 0 || !Character.isDigit(text.charAt(index - 1)))) {
            outline = match(LEVEL_3, text, index, 3);
        }
        return outline;
    }

    int length() {
        return printed.length();
    }

    private static Outline match(Pattern pattern, String text, int index, int level) {
        Matcher m = pattern.matcher(text).region(index, text.length());
        if (!m.lookingAt()) {
            return null;
        }
        int number = level == 3 ? Integer.parseInt(m.group(1)) : chineseNumber(m.group(1));
        return number > 0 ? new Outline(m.group(), level, number) : null;
    }

    /** 一 … 九十九; 0 for anything else, such as 十十. */
    private static int chineseNumber(String numeral) {
        int ten = numeral.indexOf('十');
        if (ten < 0) {
            return numeral.length() == 1 ? NUMERALS.indexOf(numeral.charAt(0)) + 1 : 0;
        }
        if (numeral.indexOf('十', ten + 1) >= 0 || ten > 1) {
            return 0;
        }
        int tens = ten == 0 ? 1 : NUMERALS.indexOf(numeral.charAt(0)) + 1;
        int units = ten == numeral.length() - 1 ? 0 : NUMERALS.indexOf(numeral.charAt(ten + 1)) + 1;
        return numeral.length() - ten > 2 ? 0 : tens * 10 + units;
    }
}
