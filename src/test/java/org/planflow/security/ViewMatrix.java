package org.planflow.security;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Who may open which page: every routed view of the UI against every role and relation of {@link Caller}, with what
 * the person sees: {@code S} the page, {@code U} the page saying there is nothing to show (for a thing the caller may
 * not know exists, or that does not exist), {@code H} no such page (a view the caller's roles do not open: Vaadin's
 * "not found", which names nothing), {@code L} the login. Columns in {@link Caller}'s order, as in {@link AccessMatrix}.
 */
final class ViewMatrix {

    /** location with the fixture's placeholders (and, after {@code <=}, the route it stands for) | outcomes. */
    private static final String TABLE = """
            # location | ANON ADMIN LEADER LEADER2 OFFICE SUPERV DRAFTER REVIEWER LSTAFF ODRAFT CONSULT RECIP ILEAD COOP MEMBER UNINV
            inbox                                                   | L S S S S S S S S S S S S S S S
            ~                                                       | L S S S S S S S S S S S S S S S
            tasks/{review-task}                                     | L U U U U S U U U U U U U U U U
            notifications                                           | L S S S S S S S S S S S S S S S
            account                                                 | L S S S S S S S S S S S S S S S
            plans                                                   | L S S S S S S S S S S S S S S S
            plan/{plan}                                             | L S S S S S S S S U S S S S S U
            plan-edit/{draft}                                       | L H H H H H S H H U H H H H H H
            plans/{plan}/indicators <= plans/:planId(\\d+)/indicators | L S S S S S S S S U S S S S S U
            bulletins/{bulletin}                                    | L U S S S S S S S U U U S S S U
            supervision/dashboard                                   | L S S S S S S S S S S S S S S S
            supervision/items                                       | L S S S S S S S S S S S S S S S
            supervision/items/{item}                                | L S S S S S S S S U U U S S S U
            supervision/overdue                                     | L S S S H S H H H H H H H H H H
            supervision/reviews                                     | L H S S H S H S S H H H H H H H
            supervision/reviews/{review}                            | L H S S H S H U U H H H H H H H
            assessments                                             | L H S S H S H S S H S S S S S S
            assessments/{assessment}                                | L H S S H S H U U H U U S S S U
            admin/users                                             | L S H H H H H H H H H H H H H H
            admin/units                                             | L S H H H H H H H H H H H H H H
            admin/audit                                             | L S H H H H H H H H H H H H H H
            admin/calendar                                          | L S H H H H H H H H H H H H H H
            admin/escalation-rules                                  | L S H H H H H H H H H H H H H H
            admin/task-deadlines                                    | L S H H H H H H H H H H H H H H
            admin/doc-numbers                                       | L S H H H H H H H H H H H H H H
            login                                                   | L L L L L L L L L L L L L L L L
            """;

    static final List<Row> ROWS = TABLE.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .map(Row::parse).toList();

    private ViewMatrix() {
    }

    enum Outcome {
        S, U, H, L
    }

    record Row(String location, String route, Map<Caller, Outcome> expected) {

        static Row parse(String line) {
            String[] parts = line.split("\\|");
            String[] locations = parts[0].strip().split("\\s*<=\\s*");
            // ~ is the start page, the empty location.
            String location = locations[0].equals("~") ? "" : locations[0];
            String route = locations.length > 1 ? locations[1] : location.replaceAll("\\{[^}]*}", "{}");
            String[] outcomes = parts[1].strip().split("\\s+");
            Caller[] callers = Caller.values();
            if (outcomes.length != callers.length) {
                throw new IllegalArgumentException("A row has one outcome per caller (" + callers.length + "): " + line);
            }
            Map<Caller, Outcome> expected = new EnumMap<>(Caller.class);
            for (int i = 0; i < callers.length; i++) {
                expected.put(callers[i], Outcome.valueOf(outcomes[i]));
            }
            return new Row(location, route, expected);
        }
    }
}
