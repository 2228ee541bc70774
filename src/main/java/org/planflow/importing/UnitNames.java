package org.planflow.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** How plans write unit names: lists separated by 、，；, names ending in 局, 委, 办, 部门, …, loose endings such as 等. */
final class UnitNames {

    private static final Pattern SEPARATORS = Pattern.compile("[、，,；;]");
    /** "各乡镇、街道办事处" is one group of units; its 、 does not separate two names. */
    private static final Pattern TOWNSHIPS_AND_STREETS = Pattern.compile("(各(?:乡镇|镇|乡)(?:人民政府|政府)?)、(街道|街道办事处|街道办)");
    /** A name of a government body; the endings are the ones Chinese unit names use, short enough not to match a sentence. */
    private static final Pattern UNIT_NAME = Pattern.compile(
            "[\\p{IsHan}A-Za-z0-9（）()]{1,24}?(局|委|办|部|厅|院|室|中心|政府|办事处|街道|镇|乡|委员会|协会|商会|联合会|公司|"
            + "部门|单位|机关|小组|队|站|银行|报社|电视台|电台)");
    private static final String PUNCTUATION = "“”\"'‘’。.，,；;：:、";

    private UnitNames() {
    }

    /** The names of a list as written, cleaned, blanks left out. */
    static List<String> split(String text) {
        List<String> names = new ArrayList<>();
        for (String part : SEPARATORS.split(TOWNSHIPS_AND_STREETS.matcher(text).replaceAll("$1$2"))) {
            String name = clean(part);
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * The name without spaces, surrounding punctuation and a trailing 等 ("区经信局等" and "发改委等综合经济管理部门"
     * both name one unit followed by "and others").
     */
    static String clean(String written) {
        String name = written == null ? "" : written.replaceAll("[\\s\\u3000]+", "");
        name = trim(name);
        int etc = name.indexOf('等');
        if (etc > 0 && looksLikeUnit(name.substring(0, etc))) {
            name = name.substring(0, etc);
        }
        return name;
    }

    static boolean looksLikeUnit(String name) {
        return name.length() >= 2 && UNIT_NAME.matcher(name).matches() && !name.matches(".*\\d.*");
    }

    /** A list in which every name is a unit name or a group of units, such as the text of "(市市场监管局、市经信委)"; otherwise empty. */
    static List<String> unitList(String text) {
        List<String> names = split(text);
        return !names.isEmpty() && names.stream().allMatch(name -> looksLikeUnit(name) || UnitGroup.isGroup(name)) ? names : List.of();
    }

    private static String trim(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && PUNCTUATION.indexOf(name.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && PUNCTUATION.indexOf(name.charAt(end - 1)) >= 0) {
            end--;
        }
        return name.substring(start, end);
    }
}
