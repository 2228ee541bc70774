package org.planflow.supervision.process;

import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.Job;
import org.planflow.shared.PlanFlowClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Months of the demo district's life acted out in seconds: the clock goes back, then forward step by
 * step, and at every step the engine's due jobs (period ends, due dates, escalation ladders) run at once,
 * in order, in this thread, as they would have run on those days. The job executor waits meanwhile, so
 * nothing runs twice or behind the demo's back; it resumes with the clock back at real time.
 */
@Component
@Profile("demo")
public class DemoTimeline {

    private static final Logger log = LoggerFactory.getLogger(DemoTimeline.class);
    /** Ladders reschedule themselves; a step never needs more rounds than this. */
    private static final int MAX_ROUNDS = 50;

    private final ProcessEngine engine;
    private final PlanFlowClock clock;
    private boolean executorPaused;

    DemoTimeline(ProcessEngine engine, PlanFlowClock clock) {
        this.engine = engine;
        this.clock = clock;
    }

    /** Pauses the job executor and moves the clock back to the start. */
    public void begin(Instant start) {
        JobExecutor executor = jobExecutor();
        executorPaused = executor != null && executor.isActive();
        if (executorPaused) {
            executor.shutdown();
        }
        clock.moveTo(start);
    }

    /** Moves the clock forward to the moment (never back) and runs what fell due on the way. */
    public void advanceTo(Instant moment) {
        if (moment.isAfter(clock.instant())) {
            clock.moveTo(moment);
        }
        runDueJobs();
    }

    /** Back to real time: what is due now runs, and the job executor takes over again. */
    public void end() {
        clock.reset();
        try {
            runDueJobs();
        } finally {
            if (executorPaused) {
                jobExecutor().start();
                executorPaused = false;
            }
        }
    }

    private void runDueJobs() {
        ManagementService management = engine.getManagementService();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<Job> due = management.createJobQuery().executable().active().orderByJobDuedate().asc().list();
            if (due.isEmpty()) {
                return;
            }
            for (Job job : due) {
                try {
                    management.executeJob(job.getId());
                } catch (RuntimeException e) {
                    log.warn("Demo timeline: job {} failed at {}: {}", job.getId(), clock.instant(), e.getMessage());
                }
            }
        }
    }

    private JobExecutor jobExecutor() {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    }
}
