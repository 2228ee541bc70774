package org.planflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Camunda's REST API and web apps find their engine in a registry shared by the whole JVM, where the test contexts
 * started last would win; before each test the engine of the test's own context is the one they find, as it is in
 * an application, which has one.
 */
public class ThisContextsEngine implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext extension) {
        ProcessEngines.registerProcessEngine(SpringExtension.getApplicationContext(extension).getBean(ProcessEngine.class));
    }
}
