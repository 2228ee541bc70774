package org.planflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.planflow.shared.TaskKind;
import org.planflow.supervision.EscalationStep;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the escalation ladder left in the database for a plan's acknowledgements, read straight from the
 * tables and held against what it should be: every step of every task once (a unique index keeps a step
 * from being written twice, but not from being left out), every notice once to each of its recipients
 * (the notification table has no such index).
 */
public final class LadderRecords {

    private LadderRecords() {
    }

    /** The plan's open acknowledgement tasks: task id to unit code. */
    public static Map<String, String> acknowledgements(JdbcClient jdbc, long planId) {
        Map<String, String> units = new LinkedHashMap<>();
        jdbc.sql("SELECT task_id, unit_code FROM inbox_task WHERE plan_id = ? AND kind = ? ORDER BY unit_code")
                .params(planId, TaskKind.ACKNOWLEDGE.name())
                .query(rs -> {
                    units.put(rs.getString(1), rs.getString(2));
                });
        return units;
    }

    /** How many ladder steps (manual urges left out) the tasks have recorded so far. */
    public static long steps(JdbcClient jdbc, Set<String> taskIds) {
        return jdbc.sql("SELECT count(*) FROM escalation_event WHERE task_id = ANY(?) AND actor IS NULL")
                .param(taskIds.toArray(String[]::new)).query(Long.class).single();
    }

    /** Every task has every step of the ladder exactly once: counted per (task, step) and in total. */
    public static void assertEveryStepOnce(JdbcClient jdbc, Set<String> taskIds) {
        Map<String, Long> perTaskAndStep = new HashMap<>();
        jdbc.sql("""
                        SELECT task_id, step, count(*) FROM escalation_event WHERE task_id = ANY(?) AND actor IS NULL
                         GROUP BY task_id, step""")
                .param(taskIds.toArray(String[]::new))
                .query(rs -> {
                    perTaskAndStep.put(rs.getString(1) + " " + rs.getString(2), rs.getLong(3));
                });
        List<String> wrong = new ArrayList<>();
        for (String task : taskIds) {
            for (EscalationStep step : EscalationStep.values()) {
                long times = perTaskAndStep.getOrDefault(task + " " + step.name(), 0L);
                if (times != 1) {
                    wrong.add(task + " " + step + " recorded " + times + " times");
                }
            }
        }
        assertThat(wrong.subList(0, Math.min(20, wrong.size()))).as("ladder steps recorded other than once (%d in all)",
                wrong.size()).isEmpty();
        assertThat(steps(jdbc, taskIds)).isEqualTo((long) taskIds.size() * EscalationStep.values().length);
    }

    /**
     * Who hears each step of a unit's task: its staff for every step (a unit without a head answers for itself,
     * so the urge notice reaches them too), and at the last step also the supervision office's head and the plan's leader.
     */
    public static Map<EscalationStep, Set<String>> recipients(List<String> unitStaff, Set<String> alsoEscalatedTo) {
        Map<EscalationStep, Set<String>> recipients = new LinkedHashMap<>();
        for (EscalationStep step : EscalationStep.values()) {
            Set<String> hear = new TreeSet<>(unitStaff);
            if (step == EscalationStep.ESCALATE) {
                hear.addAll(alsoEscalatedTo);
            }
            recipients.put(step, hear);
        }
        return recipients;
    }

    /**
     * Who answers for the supervision office (its head, its enabled staff while it has none) and the leader: who hears
     * every escalation besides the unit (decision 046).
     */
    public static Set<String> supervisionOfficeAnd(JdbcClient jdbc, String leader) {
        Set<String> people = new TreeSet<>(jdbc.sql("""
                        SELECT u.username FROM app_user u JOIN org_unit o ON o.code = u.unit_code
                         WHERE o.type = 'SUPERVISION' AND o.enabled AND u.enabled
                           AND (o.head_username IS NULL OR o.head_username = u.username)""")
                .query(String.class).list());
        assertThat(people).as("the demo district has a supervision office with people").isNotEmpty();
        people.add(leader);
        return people;
    }

    /**
     * Every ladder notice of the tasks reached exactly its recipients, each once: compared per task, step and
     * recipient, and in total. Returns the number of notices.
     */
    public static long assertEveryNoticeOnce(JdbcClient jdbc, Map<String, Map<EscalationStep, Set<String>>> expected) {
        Map<String, Long> sent = new HashMap<>();
        jdbc.sql("""
                        SELECT task_id, kind, recipient, count(*) FROM notification WHERE task_id = ANY(?) AND kind = ANY(?)
                         GROUP BY task_id, kind, recipient""")
                .params(expected.keySet().toArray(String[]::new),
                        Arrays.stream(EscalationStep.values()).map(Enum::name).toArray(String[]::new))
                .query(rs -> {
                    sent.put(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3), rs.getLong(4));
                });
        List<String> wrong = new ArrayList<>();
        long total = 0;
        for (var task : expected.entrySet()) {
            for (var step : task.getValue().entrySet()) {
                for (String recipient : step.getValue()) {
                    String key = task.getKey() + " " + step.getKey().name() + " " + recipient;
                    long times = sent.getOrDefault(key, 0L);
                    if (times != 1) {
                        wrong.add(key + " sent " + times + " times");
                    }
                    total++;
                }
            }
        }
        assertThat(wrong.subList(0, Math.min(20, wrong.size()))).as("notices sent other than once (%d in all)", wrong.size())
                .isEmpty();
        long rows = sent.values().stream().mapToLong(Long::longValue).sum();
        assertThat(rows).as("notices in all, none to anyone else").isEqualTo(total);
        return rows;
    }

    /** Ladder notices of the tasks sent more than once to the same person for the same step. */
    public static long repeatedNotices(JdbcClient jdbc, Set<String> taskIds) {
        return jdbc.sql("""
                        SELECT count(*) FROM (SELECT 1 FROM notification WHERE task_id = ANY(?) AND kind = ANY(?)
                                               GROUP BY task_id, kind, recipient HAVING count(*) > 1) repeated""")
                .params(taskIds.toArray(String[]::new), Arrays.stream(EscalationStep.values()).map(Enum::name).toArray(String[]::new))
                .query(Long.class).single();
    }
}
