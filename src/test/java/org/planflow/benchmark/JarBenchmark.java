package org.planflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planflow.ApiClient;
import org.planflow.PlanFlowJvms;

/**
 * The packaged jar as an operator meets it: its size, its first start on an empty data folder (initdb, every
 * migration, the demo district), its cold start on existing data, and the resident memory of its JVM after the
 * start and under load. The benchmark profile runs after {@code package}, so {@code target/planflow.jar} is the jar
 * of this build.
 */
@Order(8)
class JarBenchmark {

    static final Path JAR = Path.of("target", "planflow.jar");
    static final int LOAD_CLIENTS = 8;
    static final int STARTS = 3;
    static final long LOAD_SECONDS = 30;
    static final long WARM_UP_SECONDS = 5;
    /** The first start loads the whole demo district (plans at every stage) before it reports ready. */
    static final Duration FIRST_START_TIMEOUT = Duration.ofMinutes(15);

    @TempDir
    Path work;

    @Test
    void the_production_jar_starts_and_holds_its_memory() throws Exception {
        assertThat(JAR).as("the benchmark profile runs after package").exists();
        Path data = work.resolve("postgres");
        try (PlanFlowJvms jvms = new PlanFlowJvms(work)) {
            long firstStart = startedMillis(jvms, "first-start", data);
            PlanFlowJvms.Jvm jvm = jvms.launchJar("cold-start", JAR.toAbsolutePath(), dataDir(data));
            long started = System.nanoTime();
            jvm.awaitHealthy();
            long coldStart = (System.nanoTime() - started) / 1_000_000;
            // What an idle node keeps once the start's garbage is collected.
            Thread.sleep(5_000);
            long rssAfterStart = residentMegabytes(jvm.process().pid());
            Load load = load(jvm.api(), jvm.process().pid());
            stop(jvm, "cold-start");
            // One start moves by a third between runs on this machine: three of each form, in turns, and their medians.
            Path folder = classDataArchive();
            List<Long> plainStarts = new ArrayList<>(List.of(coldStart));
            List<Long> archivedStarts = new ArrayList<>();
            for (int i = 1; i <= STARTS; i++) {
                archivedStarts.add(startedWithClassDataArchive(jvms, folder, data, i));
                if (plainStarts.size() < STARTS) {
                    plainStarts.add(startedMillis(jvms, "cold-start-" + i, data));
                }
            }
            long plain = median(plainStarts);
            long archived = median(archivedStarts);

            long megabytes = Files.size(JAR) / (1024 * 1024);
            Figures.add("jar", "size of target/planflow.jar", megabytes + " MiB", "< 120 MB", megabytes < 120);
            Figures.info("jar", "first start on an empty folder (initdb, migrations, demo district)", firstStart + " ms");
            Figures.info("jar", "cold start on existing data, until healthy: java -jar planflow.jar, median of " + STARTS,
                    plain + " ms " + plainStarts);
            Figures.add("jar", "cold start on existing data, until healthy: extracted with its class-data archive, as the image runs it, "
                    + "median of " + STARTS, archived + " ms " + archivedStarts, "< 15,000 ms", archived < 15_000);
            Figures.info("jar", "resident memory after start / under load (peak)", rssAfterStart + " MB / " + load.peakResidentMegabytes + " MB");
            Figures.info("jar", "load: %d clients x %d s GET /api/tasks, HTTP Basic".formatted(LOAD_CLIENTS, LOAD_SECONDS),
                    "%d calls, median %d ms, p95 %d ms".formatted(load.millis.size(), load.percentile(50), load.percentile(95)));
        }
    }

    /** The jar extracted as docker/Dockerfile does it (decision 048), with a class-data archive recorded by one start. */
    private Path classDataArchive() throws IOException, InterruptedException {
        Path folder = work.resolve("extracted");
        Process archive = new ProcessBuilder("sh", Path.of("docker", "class-data-archive.sh").toString(), JAR.toString(),
                folder.toString()).inheritIO().start();
        assertThat(archive.waitFor(5, TimeUnit.MINUTES) && archive.exitValue() == 0).as("class-data archive recorded").isTrue();
        return folder;
    }

    /** The extracted jar started with its archive, as the image runs it; the time to healthy on the folder's data. */
    private long startedWithClassDataArchive(PlanFlowJvms jvms, Path folder, Path data, int start)
            throws IOException, InterruptedException {
        String name = "cold-start-archived-" + start;
        PlanFlowJvms.Jvm jvm = jvms.launchJar(name, List.of("-XX:SharedArchiveFile=" + folder.resolve("planflow.jsa")),
                folder.resolve(JAR.getFileName()).toAbsolutePath(), dataDir(data));
        long started = System.nanoTime();
        jvm.awaitHealthy();
        long millis = (System.nanoTime() - started) / 1_000_000;
        stop(jvm, name);
        return millis;
    }

    private static long median(List<Long> millis) {
        List<Long> sorted = millis.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static void stop(PlanFlowJvms.Jvm jvm, String name) throws InterruptedException {
        jvm.process().destroy();
        assertThat(jvm.process().waitFor(60, TimeUnit.SECONDS)).as("%s stopped", name).isTrue();
    }

    /** Starts the jar on the folder, waits until it is healthy, stops it cleanly; the time to healthy. */
    private static long startedMillis(PlanFlowJvms jvms, String name, Path data) throws IOException, InterruptedException {
        PlanFlowJvms.Jvm jvm = jvms.launchJar(name, JAR.toAbsolutePath(), dataDir(data));
        long started = System.nanoTime();
        jvm.awaitHealthy(FIRST_START_TIMEOUT);
        long millis = (System.nanoTime() - started) / 1_000_000;
        stop(jvm, name);
        return millis;
    }

    private static String dataDir(Path data) {
        return "--planflow.database.embedded.data-dir=" + data.toAbsolutePath();
    }

    private static Load load(ApiClient api, long pid) throws Exception {
        Load load = new Load();
        AtomicBoolean running = new AtomicBoolean(true);
        long warmedUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(WARM_UP_SECONDS);
        ExecutorService clients = Executors.newFixedThreadPool(LOAD_CLIENTS);
        List<Future<List<Long>>> results = new ArrayList<>();
        for (int i = 0; i < LOAD_CLIENTS; i++) {
            String user = i % 2 == 0 ? "staff-town-1" : "staff-fgw";
            results.add(clients.submit(() -> {
                List<Long> millis = new ArrayList<>();
                while (running.get()) {
                    long started = System.nanoTime();
                    assertThat(api.get("/api/tasks", user).status()).isEqualTo(200);
                    if (started > warmedUp) {
                        millis.add((System.nanoTime() - started) / 1_000_000);
                    }
                }
                return millis;
            }));
        }
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(LOAD_SECONDS);
        while (System.nanoTime() < end) {
            load.peakResidentMegabytes = Math.max(load.peakResidentMegabytes, residentMegabytes(pid));
            Thread.sleep(500);
        }
        running.set(false);
        for (Future<List<Long>> result : results) {
            load.millis.addAll(result.get());
        }
        clients.shutdown();
        Collections.sort(load.millis);
        return load;
    }

    /** VmRSS of a Linux process, from /proc. */
    private static long residentMegabytes(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
                .findFirst().orElseThrow();
    }

    private static final class Load {
        final List<Long> millis = new ArrayList<>();
        long peakResidentMegabytes;

        long percentile(int percent) {
            return millis.get(Math.min(millis.size() - 1, millis.size() * percent / 100));
        }
    }
}
