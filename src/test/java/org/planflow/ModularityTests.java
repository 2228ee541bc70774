package org.planflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(PlanFlowApplication.class);

    @Test
    void features_use_each_other_only_through_their_public_root_packages() {
        modules.verify();
    }

    @Test
    void module_documentation_is_written() throws IOException {
        Path folder = Path.of("target", "spring-modulith-docs");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();

        assertThat(folder.resolve("components.puml")).as("the diagram of all modules").isNotEmptyFile();
        for (ApplicationModule module : modules) {
            Path diagram = folder.resolve("module-" + module.getName() + ".puml");
            assertThat(diagram).as("the diagram of module %s", module.getName()).isNotEmptyFile();
            assertThat(Files.readString(diagram)).as("module %s's diagram names it", module.getName())
                    .contains(module.getDisplayName());
        }
    }
}
