package org.planflow.benchmark;

import org.planflow.PlanFlowApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a random port against {@code bench}, this run's copy of the whole city, with the job
 * executor running as in production. Every benchmark of the whole city extends it, so they share one context; those
 * that change data run after those that only read ({@code @Order}).
 */
@SpringBootTest(classes = {PlanFlowApplication.class, CityConfiguration.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"planflow.database.mode=server", "spring.datasource.username=postgres", "spring.datasource.password=",
                "spring.datasource.hikari.maximum-pool-size=20", "planflow.demo.plans=false",
                "camunda.bpm.job-execution.enabled=true", "planflow.clock.adjustable=true"})
abstract class OnTheCity {

    @DynamicPropertySource
    static void onTheBenchCopy(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> City.ready().jdbcUrl(CityDatabase.BENCH));
    }
}
