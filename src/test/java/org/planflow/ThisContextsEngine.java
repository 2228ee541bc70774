package org.planflow;

import org.camunda.bpm.admin.Admin;
import org.camunda.bpm.admin.impl.DefaultAdminRuntimeDelegate;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.tasklist.Tasklist;
import org.camunda.bpm.tasklist.impl.DefaultTasklistRuntimeDelegate;
import org.camunda.bpm.welcome.Welcome;
import org.camunda.bpm.welcome.impl.DefaultWelcomeRuntimeDelegate;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Camunda's REST API and web apps find their engine in a registry shared by the whole JVM, where the test contexts
 * started last would win; before each test the engine of the test's own context is the one they find, as it is in
 * an application, which has one. The web apps' runtimes are JVM-wide too: each application's shutdown clears them
 * (a production start in another test leaves Cockpit answering 500), and Cockpit keeps a query executor on the
 * engine it first met; so they start afresh whenever the engine changes or another shutdown cleared them.
 */
public class ThisContextsEngine implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext extension) {
        ProcessEngine engine = SpringExtension.getApplicationContext(extension).getBean(ProcessEngine.class);
        boolean anotherEngine = ProcessEngines.getProcessEngines().get(engine.getName()) != engine;
        ProcessEngines.registerProcessEngine(engine);
        if (anotherEngine || Cockpit.getRuntimeDelegate() == null) {
            Cockpit.setCockpitRuntimeDelegate(new DefaultCockpitRuntimeDelegate());
            Admin.setAdminRuntimeDelegate(new DefaultAdminRuntimeDelegate());
            Tasklist.setTasklistRuntimeDelegate(new DefaultTasklistRuntimeDelegate());
            Welcome.setRuntimeDelegate(new DefaultWelcomeRuntimeDelegate());
        }
    }
}
