package org.planflow.benchmark;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints every figure of the run in one block when the whole test run ends, so one command shows them all
 * (registered in META-INF/services; silent in runs that measured nothing).
 */
public class FiguresSummary implements TestExecutionListener {

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (Figures.all().isEmpty()) {
            return;
        }
        Figures.write();
        System.out.println();
        System.out.print(Figures.summary());
        System.out.println("(also in " + Figures.FILE.toAbsolutePath() + ")");
    }
}
