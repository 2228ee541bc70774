package org.planflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.planflow.forms.FormDefinition;
import org.planflow.forms.FormField;
import org.planflow.forms.FormOption;
import org.planflow.inbox.TaskKinds;
import org.planflow.shared.Outcome;
import org.planflow.shared.TaskKind;
import org.planflow.shared.process.TaskKindProperty;

/**
 * Every form in forms/ is the Camunda form of a user task and speaks its feature's language: each field it fills is a
 * constant of the feature's {@code <Feature>Fields} class or a variable of the task's process, and its outcome offers
 * exactly the outcomes of the task's kind. A renamed field or outcome fails here, not when someone submits the form.
 */
class TaskFormFieldsTest {

    private static final String FORM_SUFFIX = ".form";

    /** A user task's {@code camunda:formRef}. */
    record FormUse(String form, String file, String task, String process, TaskKind kind) {

        @Override
        public String toString() {
            return file + " " + task + " (" + kind + "): " + form + FORM_SUFFIX;
        }
    }

    static Stream<FormUse> uses() throws IOException {
        List<FormUse> uses = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".bpmn")).sorted().toList()) {
                for (UserTask task : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(UserTask.class)) {
                    if (task.getCamundaFormRef() != null) {
                        uses.add(new FormUse(task.getCamundaFormRef(), file.getFileName().toString(), task.getId(),
                                ProcessConstants.processOf(task).getId(), TaskKind.valueOf(TaskKindProperty.of(task).orElseThrow())));
                    }
                }
            }
        }
        assertThat(uses).as("the user tasks with a form in bpmn/").isNotEmpty();
        return uses.stream();
    }

    @Test
    void every_form_in_the_forms_folder_is_the_form_of_a_user_task_and_every_form_a_task_names_is_there() throws IOException {
        Set<String> forms;
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            forms = files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(FORM_SUFFIX))
                    .map(name -> name.substring(0, name.length() - FORM_SUFFIX.length())).collect(Collectors.toSet());
        }
        assertThat(forms).isEqualTo(uses().map(FormUse::form).collect(Collectors.toSet()));
    }

    @ParameterizedTest
    @MethodSource("uses")
    void every_field_is_a_constant_of_the_feature_and_the_outcome_offers_the_kinds_outcomes(FormUse use) throws IOException {
        FormDefinition form;
        try (InputStream json = Files.newInputStream(Path.of("forms", use.form() + FORM_SUFFIX))) {
            form = FormDefinition.parse(json);
        }
        Class<?> process = ProcessConstants.of(use.process());
        Class<?> fields = fieldsOf(process);
        Set<String> names = new HashSet<>(ProcessConstants.variables(process));
        names.addAll(constants(fields));
        for (FormField field : form.inputs()) {
            assertThat(names).as("%s: %s is a constant of %s or a variable of %s", use, field.key(), fields.getSimpleName(),
                    process.getSimpleName()).contains(field.key());
        }
        FormField outcome = form.field(TaskKinds.VAR_OUTCOME).orElseThrow(() -> new AssertionError(use + " has no outcome field"));
        assertThat(outcome.options()).extracting(FormOption::value).as("%s offers the outcomes of %s", use, use.kind())
                .containsExactlyInAnyOrderElementsOf(use.kind().outcomes().stream().map(Outcome::value).toList());
    }

    /** The fields class of the process's feature: org.planflow.plan.process → org.planflow.plan.PlanFields. */
    private static Class<?> fieldsOf(Class<?> process) {
        String feature = process.getPackageName().replaceFirst("\\.process$", "");
        String name = feature.substring(feature.lastIndexOf('.') + 1);
        String fields = feature + "." + Character.toUpperCase(name.charAt(0)) + name.substring(1) + "Fields";
        try {
            return Class.forName(fields);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("No " + fields + " naming the fields of " + process.getSimpleName() + "'s forms", e);
        }
    }

    private static Set<String> constants(Class<?> fields) {
        Set<String> constants = new HashSet<>();
        for (Field field : fields.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                constants.add((String) ProcessConstants.constant(fields, field.getName()));
            }
        }
        return constants;
    }
}
