package org.planflow.shared.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clears the way for the embedded PostgreSQL on a kept data folder. A PlanFlow killed without shutting
 * down (kill -9, a crashed JVM) leaves its PostgreSQL running, and PostgreSQL refuses a second server
 * on the same folder; so the orphan, found through its {@code postmaster.pid}, is stopped first. A pid
 * file whose process is gone, or is now some other program, is stale and removed. A folder whose
 * owner is still alive is refused with a message saying so.
 */
final class OrphanedPostgres {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostgres.class);

    static final String PID_FILE = "postmaster.pid";
    /** zonky's lock file: held by the JVM whose server this is, released by the kernel when that JVM dies. */
    static final String OWNER_LOCK = "epg-lock";

    private static final Duration STOP_WAIT = Duration.ofSeconds(20);
    private static final Duration KILL_WAIT = Duration.ofSeconds(10);

    private OrphanedPostgres() {
    }

    /** Stops an orphaned server on the folder or removes a stale pid file, so a new server can start there. */
    static void clear(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dataDir.resolve(OWNER_LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ownerGone = lockOwner(channel, dataDir)) {
            clearUnlocked(dataDir, pidFile);
        }
    }

    private static FileLock lockOwner(FileChannel channel, Path dataDir) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw new IllegalStateException("Another running PlanFlow uses the database folder " + dataDir
                    + "; stop it first, or give this one a folder of its own (planflow.database.embedded.data-dir)");
        }
        return lock;
    }

    private static void clearUnlocked(Path dataDir, Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        Optional<Long> pid = lines.isEmpty() ? Optional.empty() : parsePid(lines.get(0));
        if (pid.isEmpty()) {
            removeStale(pidFile, "it names no process");
            return;
        }
        Optional<ProcessHandle> running = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive);
        if (running.isEmpty()) {
            removeStale(pidFile, "PID " + pid.get() + " is no longer running");
            return;
        }
        ProcessHandle process = running.get();
        Optional<String> command = process.info().command();
        if (command.isEmpty()) {
            // Without knowing what runs there, removing the file could let two servers share the folder.
            throw new IllegalStateException("PID " + pid.get() + " named by " + pidFile + " is running but cannot be "
                    + "inspected; stop it if it is PostgreSQL, otherwise delete that file");
        }
        if (!isPostgres(command.get())) {
            removeStale(pidFile, "PID " + pid.get() + " is now " + command.get() + ", not PostgreSQL");
            return;
        }
        String servedDir = argumentAfter(process, "-D").orElse(lines.size() > 1 ? lines.get(1) : "");
        if (!sameFolder(servedDir, dataDir)) {
            removeStale(pidFile, "PID " + pid.get() + " is a PostgreSQL of another folder (" + servedDir + ")");
            return;
        }
        stop(process, dataDir);
    }

    private static void stop(ProcessHandle postmaster, Path dataDir) {
        log.warn("Found an orphaned PostgreSQL (PID {}) on {}, left running by a PlanFlow that did not shut down; "
                + "stopping it before starting a new one", postmaster.pid(), dataDir);
        long started = System.nanoTime();
        // SIGTERM, PostgreSQL's smart shutdown: its clients died with their JVM, so it checkpoints and ends at once.
        postmaster.destroy();
        if (!gone(postmaster, STOP_WAIT)) {
            // Someone is still connected. Committed work is already in the WAL, so a kill loses none of it.
            log.warn("The orphaned PostgreSQL (PID {}) did not stop within {} s; killing it", postmaster.pid(), STOP_WAIT.toSeconds());
            postmaster.descendants().forEach(ProcessHandle::destroyForcibly);
            postmaster.destroyForcibly();
            if (!gone(postmaster, KILL_WAIT)) {
                throw new IllegalStateException("Could not stop the orphaned PostgreSQL (PID " + postmaster.pid() + ") on " + dataDir);
            }
        }
        log.info("Stopped the orphaned PostgreSQL (PID {}) in {} ms", postmaster.pid(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    private static boolean gone(ProcessHandle process, Duration wait) {
        try {
            process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    private static void removeStale(Path pidFile, String why) throws IOException {
        log.info("Removing the stale {} ({})", pidFile, why);
        Files.deleteIfExists(pidFile);
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.strip())).filter(pid -> pid > 0);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(String command) {
        String name = Path.of(command).getFileName().toString();
        return name.equals("postgres") || name.equals("postgres.exe");
    }

    private static Optional<String> argumentAfter(ProcessHandle process, String flag) {
        String[] arguments = process.info().arguments().orElse(new String[0]);
        for (int i = 0; i + 1 < arguments.length; i++) {
            if (arguments[i].equals(flag)) {
                return Optional.of(arguments[i + 1]);
            }
        }
        return Optional.empty();
    }

    private static boolean sameFolder(String path, Path dataDir) {
        try {
            return !path.isBlank() && Files.isSameFile(Path.of(path), dataDir);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
