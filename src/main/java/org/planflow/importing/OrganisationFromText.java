package org.planflow.importing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plan's office and leading group from its text: "领导小组办公室设在县市场监管局", "办公地点设在质监局",
 * "成立由分管副区长为组长，质监局主要负责同志为副组长，质监局、工商分局…为成员的“质量兴区”工作领导小组".
 */
final class OrganisationFromText {

    private static final Pattern OFFICE = Pattern.compile("(?:办公室|办公地点)设在([^，,。；;（(：:\\s]{2,20})");
    private static final Pattern GROUP = Pattern.compile("([\\p{IsHan}“”\"]{2,30}?(?:领导小组|委员会))(?!办公室|成员)");
    private static final Pattern GROUP_PREFIX = Pattern.compile(".*[由立的为是和及与]");
    private static final Pattern LEADER = Pattern.compile("由([^，,。；;由]{2,20}?)(?:担任|任|为)组长");
    private static final Pattern DEPUTIES = Pattern.compile("([^，,。；;由]{2,40}?)(?:担任|任|为)副组长");
    private static final Pattern MEMBERS = Pattern.compile("(?:[，,]([^，,。；;]{2,400}?)为成员|成员(?:单位)?由([^，,。；;]{2,400}?)组成)");
    private static final Pattern MEMBER_SEPARATORS = Pattern.compile("[、和及]");
    private static final int SHORTEST_GROUP_NAME = 5;

    private OrganisationFromText() {
    }

    static ProposedOrganisation read(String text, UnitMatcher units) {
        ProposedUnit office = first(OFFICE, text).map(name -> units.resolve(name)).orElse(null);
        String group = groupName(text);
        String leader = first(LEADER, text).orElse(null);
        List<String> deputies = first(DEPUTIES, text).map(OrganisationFromText::names).orElse(List.of());
        Set<ProposedUnit> members = new LinkedHashSet<>();
        Matcher matcher = MEMBERS.matcher(text);
        if (matcher.find()) {
            String list = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            for (String name : names(list)) {
                ProposedUnit unit = units.resolve(name);
                if (unit.matched()) {
                    members.add(unit);
                }
            }
        }
        return new ProposedOrganisation(office, group, leader, deputies, new ArrayList<>(members));
    }

    /** The first group named at length; a bare 领导小组 refers back to one named before. */
    private static String groupName(String text) {
        Matcher matcher = GROUP.matcher(text);
        while (matcher.find()) {
            String name = GROUP_PREFIX.matcher(matcher.group(1)).replaceFirst("").replaceAll("[“”\"]", "");
            if (name.length() >= SHORTEST_GROUP_NAME) {
                return name;
            }
        }
        return null;
    }

    private static List<String> names(String list) {
        return MEMBER_SEPARATORS.splitAsStream(list).map(String::strip).filter(name -> name.length() >= 2).toList();
    }

    private static Optional<String> first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1).strip()) : Optional.empty();
    }
}
