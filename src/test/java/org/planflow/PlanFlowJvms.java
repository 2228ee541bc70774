package org.planflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * PlanFlow as JVMs of their own on the test class path, as {@code mvn spring-boot:run} or a node of a
 * cluster runs it: each on a free port, logging to a file in the test's folder, without the seed plans.
 * Closing stops every JVM started here and any PostgreSQL left on a folder inside the test's folder
 * (a killed JVM's embedded server outlives it), even when the test failed half-way.
 */
public final class PlanFlowJvms implements AutoCloseable {

    public static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final Path work;
    private final List<Jvm> started = new ArrayList<>();

    /** JVMs whose logs and data folders live in {@code work}. */
    public PlanFlowJvms(Path work) {
        this.work = work;
    }

    /** Starts PlanFlow with the arguments ({@code --key=value}) and waits until it answers its health check. */
    public Jvm start(String name, String... arguments) throws IOException {
        return launch(name, arguments).awaitHealthy();
    }

    /** Starts PlanFlow with the arguments and returns at once; its log is {@code name.log} in the test's folder. */
    public Jvm launch(String name, String... arguments) throws IOException {
        return launch(name, List.of(
                // C1 only: these JVMs live for a minute or two, where C2's compiling costs more than it saves.
                "-XX:TieredStopAtLevel=1", "-Duser.timezone=Asia/Shanghai",
                "-cp", testClasspath(),
                PlanFlowApplication.class.getName(),
                "--planflow.demo.plans=false"), arguments);
    }

    /** Starts the packaged jar as an operator would, with the JVM's default settings, and returns at once. */
    public Jvm launchJar(String name, Path jar, String... arguments) throws IOException {
        return launchJar(name, List.of(), jar, arguments);
    }

    /** The jar with these JVM options before the rest (a class-data archive, say). */
    public Jvm launchJar(String name, List<String> jvmOptions, Path jar, String... arguments) throws IOException {
        List<String> java = new ArrayList<>(jvmOptions);
        java.addAll(List.of("-Duser.timezone=Asia/Shanghai", "-jar", jar.toString()));
        return launch(name, java, arguments);
    }

    private Jvm launch(String name, List<String> javaArguments, String... arguments) throws IOException {
        int port = freePort();
        Path log = work.resolve(name + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaArguments);
        command.add("--server.port=" + port);
        command.addAll(Arrays.asList(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Jvm jvm = new Jvm(name, process, log, port);
        started.add(jvm);
        return jvm;
    }

    /** A port nobody listens on now. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Stops what was started here, the last first (a server-mode node before the node whose PostgreSQL it uses). */
    @Override
    public void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).process.destroy();
            stop(started.get(i).process.toHandle());
        }
        String folder = work.toAbsolutePath().toString();
        ProcessHandle.allProcesses()
                .filter(process -> process.info().command().orElse("").endsWith("/postgres"))
                .filter(process -> Arrays.stream(process.info().arguments().orElse(new String[0])).anyMatch(arg -> arg.startsWith(folder)))
                .forEach(postmaster -> {
                    postmaster.destroy();
                    stop(postmaster);
                });
    }

    private static void stop(ProcessHandle process) {
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception notGone) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    /** Surefire's class path without its empty entries, which would put the working folder (and its bpmn/) on it. */
    private static String testClasspath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** One running PlanFlow. */
    public static final class Jvm {

        private final String name;
        private final Process process;
        private final Path log;
        private final ApiClient api;

        private Jvm(String name, Process process, Path log, int port) {
            this.name = name;
            this.process = process;
            this.log = log;
            this.api = new ApiClient(port);
        }

        public ApiClient api() {
            return api;
        }

        public Process process() {
            return process;
        }

        /** Waits until PlanFlow answers {@code /actuator/health}; fails with its log's tail if it ends or takes too long. */
        public Jvm awaitHealthy() {
            return awaitHealthy(START_TIMEOUT);
        }

        /** The same with a time of its own, e.g. for a first start that loads the whole demo district. */
        public Jvm awaitHealthy(Duration timeout) {
            awaitUntil("answered its health check", this::healthy, timeout);
            return this;
        }

        /** Waits until the log has the text, e.g. a start-up step another JVM depends on. */
        public Jvm awaitLog(String text) {
            awaitUntil("logged '" + text + "'", () -> log().contains(text), START_TIMEOUT);
            return this;
        }

        /** {@code kill -9}: no shutdown hook, no Spring shutdown, the embedded PostgreSQL left running. */
        public void kill() throws InterruptedException {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            assertThat(process.isAlive()).as("%s was killed", name).isFalse();
        }

        public String log() {
            try {
                return Files.readString(log, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void awaitUntil(String what, java.util.function.BooleanSupplier condition, Duration timeout) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!condition.getAsBoolean()) {
                assertThat(process.isAlive()).as("%s ended before it %s:%n%s", name, what, tail()).isTrue();
                assertThat(System.nanoTime()).as("%s had not %s within %s:%n%s", name, what, timeout, tail())
                        .isLessThan(deadline);
                LadderSteps.sleep(500);
            }
        }

        private boolean healthy() {
            try {
                return api.anonymousGet("/actuator/health").status() == 200;
            } catch (UncheckedIOException e) {
                return false;
            }
        }

        private String tail() {
            try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
                List<String> all = lines.toList();
                return String.join("\n", all.subList(Math.max(0, all.size() - 60), all.size()));
            } catch (IOException | UncheckedIOException e) {
                return "(no log: " + e.getMessage() + ")";
            }
        }
    }
}
