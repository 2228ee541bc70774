package org.planflow.benchmark;

import java.util.HashMap;
import java.util.Map;

import org.planflow.PlanFlowApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * PlanFlow in this JVM on one of the city's databases, the way production runs it on a PostgreSQL server of its own
 * ({@code planflow.database.mode=server}), with the demo district's accounts beside the city's.
 */
final class CityApplication {

    private CityApplication() {
    }

    /** The settings every city context shares: the database, a random port, no seed plans. */
    static Map<String, Object> properties(String jdbcUrl, boolean jobExecutor) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("planflow.database.mode", "server");
        properties.put("spring.datasource.url", jdbcUrl);
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", "");
        properties.put("spring.datasource.hikari.maximum-pool-size", "20");
        properties.put("server.port", "0");
        properties.put("planflow.demo.plans", "false");
        properties.put("camunda.bpm.job-execution.enabled", String.valueOf(jobExecutor));
        return properties;
    }

    /** Starts PlanFlow on the database; the job executor runs only where asked, so reading contexts change nothing. */
    static ConfigurableApplicationContext start(String jdbcUrl, boolean jobExecutor, Map<String, Object> extra) {
        Map<String, Object> properties = properties(jdbcUrl, jobExecutor);
        properties.putAll(extra);
        // As command-line arguments: they outrank application.yaml, which default properties would not.
        String[] arguments = properties.entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(PlanFlowApplication.class, CityConfiguration.class).run(arguments);
    }
}
