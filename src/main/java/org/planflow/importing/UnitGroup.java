package org.planflow.importing;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The groups of units plans name instead of listing them: 各乡镇, 各街道办事处, 各部门, 各成员单位 and their
 * variants. The caller says which known units belong to each group (see {@link UnitMatcher}).
 */
public enum UnitGroup {
    TOWNSHIPS, STREETS, DEPARTMENTS, MEMBER_UNITS;

    private static final String TOWNSHIP = "(?:乡镇|乡（镇）|镇|乡)";
    private static final String STREET = "(?:街道办事处|街道办|街道|街办|办事处)";
    private static final String GOVERNMENT = "(?:人民政府|政府)?";
    /** 各 may go: in "各部门、乡镇（街道）" it is said once for the whole list. */
    private static final Pattern TOWNSHIPS_AND_STREETS = Pattern.compile(
            "各?" + TOWNSHIP + GOVERNMENT + "(?:（" + STREET + "）|、?" + STREET + "|（街）|街)");
    private static final Pattern TOWNSHIPS_ONLY = Pattern.compile("各" + TOWNSHIP + GOVERNMENT);
    private static final Pattern STREETS_ONLY = Pattern.compile("各" + STREET);
    private static final Pattern DEPARTMENTS_ONLY = Pattern.compile("(?:区政府|区直|区)?各(?:职能|区直)?部门|区直各单位|各区直单位");
    private static final Pattern BRACKETED_GROUP = Pattern.compile(
            "(?:乡[（(]镇[）)]|(?:乡镇|镇|乡)(?:人民政府|政府)?[（(](?:街道办事处|街道办|街道|街)[）)])");
    /** 各成员单位, also of a named body: 区质量发展委员会各成员单位, 领导小组各成员单位. */
    private static final Pattern MEMBERS = Pattern.compile(".{0,20}各成员单位");

    /** The groups a name as written stands for; empty when it names a unit or something else. */
    static Set<UnitGroup> named(String written) {
        String name = written.replaceAll("[\\s\\u3000]+", "").replace('(', '（').replace(')', '）');
        if (TOWNSHIPS_AND_STREETS.matcher(name).matches()) {
            return EnumSet.of(TOWNSHIPS, STREETS);
        }
        if (TOWNSHIPS_ONLY.matcher(name).matches()) {
            return EnumSet.of(TOWNSHIPS);
        }
        if (STREETS_ONLY.matcher(name).matches()) {
            return EnumSet.of(STREETS);
        }
        if (DEPARTMENTS_ONLY.matcher(name).matches()) {
            return EnumSet.of(DEPARTMENTS);
        }
        if (MEMBERS.matcher(name).matches()) {
            return EnumSet.of(MEMBER_UNITS);
        }
        return EnumSet.noneOf(UnitGroup.class);
    }

    /**
     * The text with the brackets of group names such as 各乡镇（街道） replaced by other characters of the same
     * length, so that a search for notes in brackets does not end a note there.
     */
    static String maskBrackets(String text) {
        Matcher m = BRACKETED_GROUP.matcher(text);
        StringBuilder masked = new StringBuilder(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                char c = masked.charAt(i);
                if (c == '（' || c == '(') {
                    masked.setCharAt(i, '⦅');
                } else if (c == '）' || c == ')') {
                    masked.setCharAt(i, '⦆');
                }
            }
        }
        return masked.toString();
    }

    static boolean isGroup(String written) {
        return !named(written).isEmpty();
    }
}
