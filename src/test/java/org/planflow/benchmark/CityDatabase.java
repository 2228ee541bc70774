package org.planflow.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Properties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The city's PostgreSQL, kept between runs in {@code target/city/postgres} (decision 038): generating it through the
 * services takes longer than a benchmark run may. It holds one database per growth step ({@code city_1x},
 * {@code city_4x}, {@code city_16x}), each a copy of the one before with more of the city added, never changed once
 * built; every run benchmarks the work that changes data on {@code bench}, a fresh copy of {@code city_16x}.
 * A kept city is used only while its generator version is the current one and no timer of it can have fallen due
 * since it was built (see {@link #isFresh}); otherwise it is built again.
 */
final class CityDatabase implements AutoCloseable {

    /** Raise whenever the generator makes a different city. */
    static final int GENERATOR_VERSION = 1;
    static final Path HOME = Path.of("target", "city");
    static final Path DATA = HOME.resolve("postgres");
    static final Path MARKER = HOME.resolve("city.properties");
    static final String BENCH = "bench";
    /** The working days after the build during which the city's own ladder steps cannot fall due (see CityGenerator). */
    static final int FRESH_WORKING_DAYS = 15;

    private final EmbeddedPostgres postgres;
    /** A PostgreSQL server of one's own instead (-Dcity.server=host:port, user postgres without password), or null. */
    private final String server;

    private CityDatabase(EmbeddedPostgres postgres, String server) {
        this.postgres = postgres;
        this.server = server;
    }

    /** Starts the kept PostgreSQL (initialising it on first use), or uses the server named by {@code city.server}. */
    static CityDatabase start() {
        String server = System.getProperty("city.server", "");
        if (!server.isBlank()) {
            return new CityDatabase(null, server);
        }
        try {
            Files.createDirectories(DATA);
            stopLeftOverServer();
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(DATA).setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("shared_buffers", "512MB")
                    .setServerConfig("max_wal_size", "4GB")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            return new CityDatabase(postgres, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A run whose JVM was killed (Maven's fork timeout, a kill from outside) leaves its server running on the kept data
     * folder, where a new one cannot start; it is stopped first (smart shutdown: its connections are gone with the JVM).
     */
    private static void stopLeftOverServer() throws IOException {
        Path pidFile = DATA.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
        ProcessHandle.of(pid).filter(ProcessHandle::isAlive).ifPresent(server -> {
            server.destroy();
            server.onExit().orTimeout(60, java.util.concurrent.TimeUnit.SECONDS).join();
        });
    }

    String jdbcUrl(String database) {
        return server != null ? "jdbc:postgresql://" + server + "/" + database + "?user=postgres" : postgres.getJdbcUrl("postgres", database);
    }

    private Connection maintenance() throws SQLException {
        return server != null ? DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "")
                : postgres.getPostgresDatabase().getConnection();
    }

    /** The steps built so far and when, or empty properties when there is no usable city. */
    static Properties marker() {
        Properties properties = new Properties();
        if (Files.exists(MARKER)) {
            try (InputStream in = Files.newInputStream(MARKER)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return properties;
    }

    static void writeMarker(Properties properties) {
        try (OutputStream out = Files.newOutputStream(MARKER)) {
            properties.store(out, "The kept benchmark city (org.planflow.benchmark.CityDatabase)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether the kept city can be used now: built whole by this generator version, not asked to be rebuilt
     * ({@code -Dcity.rebuild=true}), within {@link #FRESH_WORKING_DAYS} of its build (about three weeks; the city's own
     * deadlines lie further out) and in the quarter it was built in (at a quarter's end every supervised item opens its
     * report, which would run in the middle of a benchmark).
     */
    static boolean isFresh(Properties marker, Instant now, ZoneId zone) {
        if (Boolean.getBoolean("city.rebuild") || !String.valueOf(GENERATOR_VERSION).equals(marker.getProperty("version"))
                || marker.getProperty("built.16x") == null) {
            return false;
        }
        LocalDate built = Instant.parse(marker.getProperty("built.16x")).atZone(zone).toLocalDate();
        LocalDate today = now.atZone(zone).toLocalDate();
        // Calendar days: three weeks hold at least fifteen working days. The escalation benchmark moves the clock
        // about ten days on, which must not cross the quarter's end either.
        return !today.isAfter(built.plusDays(21)) && quarter(today.plusDays(10)).equals(quarter(built));
    }

    private static String quarter(LocalDate day) {
        return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    /** Runs one statement on the server's maintenance database (CREATE/DROP DATABASE cannot run in a transaction). */
    void admin(String sql) {
        try (Connection connection = maintenance();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** A copy of a built step: PostgreSQL copies the files, which is far quicker than building again. */
    void copy(String from, String to) {
        admin("DROP DATABASE IF EXISTS " + to + " WITH (FORCE)");
        admin("CREATE DATABASE " + to + " TEMPLATE " + from + " STRATEGY FILE_COPY");
    }

    void drop(String database) {
        admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    /** The size of a database as PostgreSQL counts it, e.g. "2.1 GB". */
    String size(String database) {
        try (Connection connection = maintenance();
             Statement statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT pg_size_pretty(pg_database_size('" + database + "'))")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    String serverVersion() {
        try (Connection connection = maintenance();
             Statement statement = connection.createStatement();
             var rs = statement.executeQuery("SHOW server_version")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
