package org.planflow.shared.process;

import java.time.Duration;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.planflow.shared.PlanFlowClock;
import org.springframework.stereotype.Component;

/** The engine's clock, kept in step with PlanFlow's: the one place that moves it. */
@Component
class EngineClock implements PlanFlowClock.Follower {

    private final ProcessEngine engine;

    EngineClock(PlanFlowClock clock, ProcessEngine engine) {
        this.engine = engine;
        clock.addFollower(this);
    }

    @Override
    public void follow(Duration offset) {
        if (offset.isZero()) {
            ClockUtil.reset();
            return;
        }
        ClockUtil.offset(offset.toMillis());
        wakeJobExecutor();
    }

    /** The acquisition thread may be idling for up to its maximum wait; jobs due at the new time should not. */
    private void wakeJobExecutor() {
        JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        if (jobExecutor != null && jobExecutor.isActive()) {
            jobExecutor.jobWasAdded();
        }
    }
}
