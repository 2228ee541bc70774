package org.planflow.shared.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;

import org.apache.ibatis.builder.xml.XMLConfigBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ReflectUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Camunda's MyBatis mappings (some sixty XML files), parsed on a thread of their own. The engine parses them in every
 * start, on the main thread, and that was a quarter of a start's work there; they depend on nothing but the kind of
 * database, so they can be parsed while the main thread builds the rest of the application (decision 053).
 */
final class EngineMappings {

    /** PlanFlow runs on PostgreSQL only, embedded or a server; Camunda's name for it. */
    static final String DATABASE_TYPE = "postgres";
    private static final String TABLE_PREFIX = "";
    private static final Logger log = LoggerFactory.getLogger(EngineMappings.class);

    private static CompletableFuture<Configuration> parsing;

    private EngineMappings() {
    }

    /** Starts parsing on a daemon thread, unless a parse not yet taken is under way. */
    static synchronized void parseAhead() {
        if (parsing != null) {
            return;
        }
        CompletableFuture<Configuration> parsed = new CompletableFuture<>();
        Thread parser = new Thread(() -> {
            try {
                long started = System.nanoTime();
                parsed.complete(parse());
                log.debug("Engine mappings parsed ahead in {} ms", (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException | Error e) {
                parsed.completeExceptionally(e);
            }
        }, "engine-mappings");
        // The mappings are read as resources of the application's class loader, the launcher's one in a packed jar.
        parser.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        parser.setDaemon(true);
        parser.start();
        parsing = parsed;
    }

    /**
     * The mappings parsed ahead for this engine, waiting for the parse to end; empty when none were parsed ahead or
     * they were parsed for another database or table prefix. Each parse is taken once: an engine owns its mappings.
     */
    static synchronized Optional<Configuration> take(String databaseType, String tablePrefix) {
        CompletableFuture<Configuration> parsed = parsing;
        parsing = null;
        if (parsed == null || !DATABASE_TYPE.equals(databaseType) || !TABLE_PREFIX.equals(tablePrefix)) {
            return Optional.empty();
        }
        long waiting = System.nanoTime();
        Configuration mappings = parsed.join();
        log.debug("The engine waited {} ms for its mappings parsed ahead", (System.nanoTime() - waiting) / 1_000_000);
        return Optional.of(mappings);
    }

    /** What {@code ProcessEngineConfigurationImpl.initSqlSessionFactory} parses, for PostgreSQL and no table prefix. */
    private static Configuration parse() {
        Properties properties = new Properties();
        properties.put("prefix", TABLE_PREFIX);
        ProcessEngineConfigurationImpl.initSqlSessionFactoryProperties(properties, TABLE_PREFIX, DATABASE_TYPE);
        try (InputStream mappings = ReflectUtil.getResourceAsStream(ProcessEngineConfigurationImpl.DEFAULT_MYBATIS_MAPPING_FILE);
                Reader reader = new InputStreamReader(mappings, StandardCharsets.UTF_8)) {
            return new XMLConfigBuilder(reader, "", properties).parse();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
