package org.planflow.benchmark;

import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds (or finds) the city, then reads the inbox, the overdue list and the dashboard at each growth step (1/16, 1/4 and
 * the whole city: 1x, 4x, 16x), each on its own database with the job executor off, so nothing changes while measured.
 * Runs first: the other benchmarks use the city it makes ready.
 */
@Order(1)
class CityGrowthBenchmark {

    @Test
    void inbox_overdue_list_and_dashboard_at_each_growth_step() {
        CityDatabase database = City.ready();
        for (City.Step step : City.STEPS) {
            try (ConfigurableApplicationContext context = CityApplication.start(database.jdbcUrl(step.database()), false, Map.of())) {
                Figures.info("growth", step.name() + " size", CityCounts.of(context.getBean(JdbcClient.class)).describe()
                        + ", " + database.size(step.database()));
                new CityProbes(context).measure(step.name());
            }
        }
    }
}
