package org.planflow.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * What start-up makes of a {@code postmaster.pid} it finds in the data folder. The orphaned server
 * itself, left by a killed application, is {@code KilledApplicationRestartIT}'s story.
 */
@ExtendWith(OutputCaptureExtension.class)
class OrphanedPostgresTest {

    @TempDir
    Path dataDir;

    @Test
    void a_pid_file_whose_process_is_gone_is_removed(CapturedOutput output) throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        writePidFile(ended.pid());

        OrphanedPostgres.clear(dataDir);

        assertThat(dataDir.resolve(OrphanedPostgres.PID_FILE)).doesNotExist();
        assertThat(output).contains("Removing the stale", "PID " + ended.pid() + " is no longer running");
    }

    @Test
    void a_pid_file_naming_a_live_program_that_is_not_postgres_is_removed_and_the_program_left_alone(CapturedOutput output)
            throws Exception {
        Process other = new ProcessBuilder("sleep", "60").start();
        try {
            writePidFile(other.pid());

            OrphanedPostgres.clear(dataDir);

            assertThat(dataDir.resolve(OrphanedPostgres.PID_FILE)).doesNotExist();
            assertThat(other.isAlive()).isTrue();
            assertThat(output).contains("PID " + other.pid() + " is now", "not PostgreSQL");
        } finally {
            other.destroyForcibly();
        }
    }

    @Test
    void a_folder_whose_application_still_runs_is_refused_and_its_server_left_alone() throws Exception {
        try (EmbeddedPostgres running = start()) {
            assertThatThrownBy(() -> OrphanedPostgres.clear(dataDir))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Another running PlanFlow uses the database folder " + dataDir)
                    .hasMessageContaining("planflow.database.embedded.data-dir");
            assertThat(dataDir.resolve(OrphanedPostgres.PID_FILE)).exists();
            try (var connection = running.getPostgresDatabase().getConnection()) {
                assertThat(connection.isValid(5)).isTrue();
            }
        }
    }

    @Test
    void the_embedded_server_starts_on_a_folder_whose_pid_file_names_another_live_program() throws Exception {
        // A reboot hands the old server's PID to some other program; PostgreSQL alone would refuse to start.
        try (EmbeddedPostgres first = start()) {
            assertThat(dataDir.resolve(OrphanedPostgres.PID_FILE)).exists();
        }
        Process other = new ProcessBuilder("sleep", "60").start();
        try {
            writePidFile(other.pid());
            try (EmbeddedPostgres second = start();
                 var connection = second.getPostgresDatabase().getConnection()) {
                assertThat(connection.isValid(5)).isTrue();
            }
            assertThat(other.isAlive()).isTrue();
        } finally {
            other.destroyForcibly();
        }
    }

    private EmbeddedPostgres start() throws IOException {
        return new EmbeddedPostgresConfiguration().embeddedPostgres(new EmbeddedDatabaseProperties(dataDir.toString(), 0, 2));
    }

    /** The first lines of PostgreSQL's own pid file: the postmaster's PID and its data folder. */
    private void writePidFile(long pid) throws IOException {
        Files.writeString(dataDir.resolve(OrphanedPostgres.PID_FILE), pid + "\n" + dataDir + "\n1700000000\n5432\n");
    }
}
