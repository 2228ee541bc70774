package org.planflow.benchmark;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The benchmark city of this JVM: the kept PostgreSQL with its three growth steps, built on first use (or when the
 * kept one is stale) and then copied to {@code bench} for the benchmarks that change data. Built once per JVM.
 */
final class City {

    /** A growth step: its database and the last slice it holds. */
    record Step(String name, String database, int slices) {
    }

    static final List<Step> STEPS = List.of(new Step("1x", "city_1x", 1), new Step("4x", "city_4x", 4),
            new Step("16x", "city_16x", CityNames.SLICES));
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static CityDatabase database;

    private City() {
    }

    /** The city's PostgreSQL with every step built, and {@code bench} a fresh copy of the whole city. */
    static synchronized CityDatabase ready() {
        if (database != null) {
            return database;
        }
        database = CityDatabase.start();
        Runtime.getRuntime().addShutdownHook(new Thread(database::close));
        Properties marker = CityDatabase.marker();
        if (CityDatabase.isFresh(marker, Instant.now(), ZONE)) {
            Figures.info("city", "kept city reused (decision 038)", "built " + marker.getProperty("built.16x")
                    + ", generator v" + CityDatabase.GENERATOR_VERSION);
        } else {
            build();
            marker = CityDatabase.marker();
        }
        for (Step step : STEPS) {
            Figures.info("generator", "build " + step.name(), marker.getProperty("speed." + step.name(), "?"));
        }
        Figures.info("generator", "build total", marker.getProperty("speed.total", "?"));
        long started = System.nanoTime();
        database.copy("city_16x", CityDatabase.BENCH);
        Figures.info("city", "copy of the whole city for this run", "%.1f s, %s".formatted((System.nanoTime() - started) / 1e9,
                database.size(CityDatabase.BENCH)));
        return database;
    }

    /** Builds every step afresh: each starts from a copy of the step before and adds its slices through the services. */
    private static void build() {
        Properties marker = new Properties();
        marker.setProperty("version", String.valueOf(CityDatabase.GENERATOR_VERSION));
        CityDatabase.writeMarker(marker);
        long started = System.nanoTime();
        int built = 0;
        String previous = null;
        for (Step step : STEPS) {
            if (previous == null) {
                database.drop(step.database());
                database.admin("CREATE DATABASE " + step.database());
            } else {
                database.copy(previous, step.database());
            }
            try (ConfigurableApplicationContext context = CityApplication.start(database.jdbcUrl(step.database()), false,
                    Map.of("spring.datasource.hikari.connection-init-sql", "SET synchronous_commit = off"))) {
                CityGenerator.Speed speed = new CityGenerator(context).build(built + 1, step.slices());
                CityCounts counts = CityCounts.of(context.getBean(JdbcClient.class));
                marker.setProperty("speed." + step.name(), speed.describe());
                marker.setProperty("size." + step.name(), counts.describe());
                System.out.println("CITY " + step.name() + ": " + speed.describe() + "; now " + counts.describe());
            }
            marker.setProperty("built." + step.name(), Instant.now().toString());
            marker.setProperty("db." + step.name(), database.size(step.database()));
            CityDatabase.writeMarker(marker);
            built = step.slices();
            previous = step.database();
        }
        marker.setProperty("speed.total", "%.0f s for the whole city".formatted((System.nanoTime() - started) / 1e9));
        CityDatabase.writeMarker(marker);
    }
}
