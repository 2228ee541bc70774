package org.planflow.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every process in {@code bpmn/} has its diagram in {@code docs/images/}, drawn from the process as it is
 * now. With {@code -Dplanflow.docs.write=true} it writes the diagrams instead of checking them.
 */
class BpmnDiagramsTest {

    private static final boolean WRITE = Boolean.getBoolean("planflow.docs.write");
    private static final String REGENERATE = "mvn -o test -Dtest=BpmnDiagramsTest -Dplanflow.docs.write=true"
            + " (or run org.planflow.docs.BpmnDiagrams#main from the repository root)";
    private static final Pattern MARK = Pattern.compile(Pattern.quote(BpmnDiagrams.MARK) + "([^ ]+\\.bpmn)");

    @TestFactory
    Stream<DynamicTest> every_process_has_an_up_to_date_diagram() throws IOException {
        List<Path> processes = BpmnDiagrams.processes();
        assertThat(processes).as("processes in %s", BpmnDiagrams.PROCESSES.toAbsolutePath()).isNotEmpty();
        return processes.stream().map(process -> dynamicTest(process.getFileName().toString(), () -> {
            String rendered = BpmnDiagrams.render(process);
            Path image = BpmnDiagrams.imageOf(process);
            if (WRITE) {
                Files.createDirectories(image.getParent());
                Files.writeString(image, rendered, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(image)) {
                fail(process + " has no diagram " + image + "; write it with " + REGENERATE);
            }
            if (!Files.readString(image, StandardCharsets.UTF_8).equals(rendered)) {
                fail(image + " does not show " + process + " as it is now; regenerate it with " + REGENERATE);
            }
        }));
    }

    @Test
    void every_rendered_diagram_still_has_its_process() throws IOException {
        assertThat(BpmnDiagrams.IMAGES).as("the diagrams' folder; write it with " + REGENERATE).isDirectory();
        try (Stream<Path> images = Files.list(BpmnDiagrams.IMAGES)) {
            List<Path> drawn = new ArrayList<>();
            for (Path image : images.filter(file -> file.toString().endsWith(".svg")).sorted().toList()) {
                Matcher mark = MARK.matcher(Files.readString(image, StandardCharsets.UTF_8));
                if (mark.find()) {
                    assertThat(BpmnDiagrams.PROCESSES.resolve(mark.group(1)))
                            .as("%s was drawn from a process that is gone; delete it", image).exists();
                    drawn.add(image);
                }
            }
            assertThat(drawn).as("diagrams drawn from a process in %s", BpmnDiagrams.IMAGES).hasSameSizeAs(BpmnDiagrams.processes());
        }
    }
}
