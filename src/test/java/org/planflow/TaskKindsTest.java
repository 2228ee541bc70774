package org.planflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.planflow.inbox.TaskCompletionHandler;
import org.planflow.inbox.TaskKinds;
import org.planflow.shared.Outcome;
import org.planflow.shared.TaskKind;
import org.planflow.shared.process.TaskKindProperty;
import org.planflow.ui.Wording;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every user task in bpmn/ names a kind that exists, that a completion handler takes, and that is
 * worded in both languages; every outcome is worded too.
 */
@PlanFlowTest
class TaskKindsTest {

    @Autowired
    List<TaskCompletionHandler> handlers;

    @Test
    void every_user_task_names_a_kind_with_a_completion_handler_and_chinese_and_english_wording() throws IOException {
        List<String> kinds = userTaskKinds();
        assertThat(kinds).as("user tasks found in bpmn/").isNotEmpty();
        List<TaskKind> handled = handlers.stream().flatMap(handler -> handler.kinds().stream()).toList();
        for (String kind : kinds) {
            Optional<TaskKind> known = TaskKind.of(kind);
            assertThat(known).as("kind %s is a TaskKind", kind).isPresent();
            assertThat(handled).as("a completion handler takes %s", kind).contains(known.get());
            assertWorded("task.kind." + kind);
        }
        assertThat(handled).as("each kind is handled once").doesNotHaveDuplicates();
    }

    @Test
    void every_outcome_is_worded_in_chinese_and_english() {
        for (Outcome outcome : Outcome.values()) {
            assertWorded("outcome." + outcome.value());
        }
    }

    private static void assertWorded(String key) {
        Wording.assertWordedInBothLanguages(key);
    }

    /** The kind of every user task of every process, read from the BPMN files at the repository root. */
    private static List<String> userTaskKinds() throws IOException {
        List<String> kinds = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".bpmn")).sorted().toList()) {
                BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
                for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                    kinds.add(TaskKindProperty.of(task).orElseThrow(() -> new AssertionError(file + ": user task " + task.getId()
                            + " names no kind")));
                }
            }
        }
        return kinds;
    }
}
