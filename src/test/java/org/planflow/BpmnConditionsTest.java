package org.planflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.planflow.inbox.TaskKinds;
import org.planflow.shared.Outcome;
import org.planflow.supervision.ReportStatus;
import org.planflow.supervision.process.TaskSupervisionProcess;

/**
 * Every gateway condition of every BPMN file speaks the code's language: each variable it reads is a constant of its
 * process's constants class, each outcome it compares with is an {@link Outcome}, each other value one of the enum the
 * variable takes. A renamed constant or outcome fails here, not in a process that silently takes no path.
 */
class BpmnConditionsTest {

    /** The values a variable compared with a literal takes, other than the outcome. */
    private static final Map<String, Class<? extends Enum<?>>> VALUES = Map.of(TaskSupervisionProcess.VAR_REPORT_STATUS, ReportStatus.class);
    private static final Set<String> EL_WORDS = Set.of("empty", "not", "and", "or", "eq", "ne", "true", "false", "null");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern COMPARISON = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*(?:==|!=)\\s*'([^']*)'");

    record Condition(String file, String process, String flow, String expression) {

        @Override
        public String toString() {
            return file + " " + flow + ": " + expression;
        }
    }

    static Stream<Condition> conditions() throws IOException {
        List<Condition> conditions = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".bpmn")).sorted().toList()) {
                BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
                for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
                    ConditionExpression condition = flow.getConditionExpression();
                    if (condition != null) {
                        conditions.add(new Condition(file.getFileName().toString(), ProcessConstants.processOf(flow).getId(),
                                flow.getId(), condition.getTextContent().strip()));
                    }
                }
            }
        }
        assertThat(conditions).as("the gateway conditions found in bpmn/").hasSizeGreaterThan(10);
        return conditions.stream();
    }

    @ParameterizedTest
    @MethodSource("conditions")
    void every_condition_reads_constants_and_compares_with_known_values(Condition condition) {
        Set<String> variables = ProcessConstants.variables(ProcessConstants.of(condition.process()));
        assertThat(condition.expression()).startsWith("${").endsWith("}");
        String code = condition.expression().substring(2, condition.expression().length() - 1);
        Matcher identifiers = IDENTIFIER.matcher(code.replaceAll("'[^']*'", "''"));
        while (identifiers.find()) {
            if (!EL_WORDS.contains(identifiers.group())) {
                assertThat(variables).as("%s reads a variable of its process's constants", condition).contains(identifiers.group());
            }
        }
        Matcher comparisons = COMPARISON.matcher(code);
        while (comparisons.find()) {
            String variable = comparisons.group(1);
            String value = comparisons.group(2);
            if (variable.equals(TaskKinds.VAR_OUTCOME)) {
                assertThat(Outcome.of(value)).as("%s compares with an Outcome", condition).isPresent();
            } else {
                assertThat(VALUES).as("%s: the enum whose values %s takes", condition, variable).containsKey(variable);
                assertThat(Arrays.stream(VALUES.get(variable).getEnumConstants()).map(Enum::name))
                        .as("%s compares with a value of %s", condition, VALUES.get(variable).getSimpleName()).contains(value);
            }
        }
    }

    @Test
    void every_bpmn_process_has_its_constants_class() throws IOException {
        Set<String> keys = new HashSet<>();
        for (Class<?> constants : ProcessConstants.ALL) {
            keys.add((String) ProcessConstants.constant(constants, "KEY"));
        }
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".bpmn")).toList()) {
                for (Process process : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Process.class)) {
                    assertThat(keys).as("%s: the constants class of process %s", file, process.getId()).contains(process.getId());
                }
            }
        }
    }
}
