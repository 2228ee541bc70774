package org.planflow.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server writes a kept data folder durably; a throw-away one keeps the binaries' fast defaults. */
class EmbeddedDurabilityIT {

    @TempDir
    Path folder;

    @Test
    void a_kept_data_folder_is_written_with_fsync_and_synchronous_commit() throws Exception {
        assertThat(settings(folder.toString())).containsExactly("on", "on");
    }

    @Test
    void a_throw_away_folder_keeps_fsync_off() throws Exception {
        assertThat(settings("")).containsExactly("off", "off");
    }

    private static String[] settings(String dataDir) throws Exception {
        EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();
        try (EmbeddedPostgres postgres = configuration.embeddedPostgres(new EmbeddedDatabaseProperties(dataDir, 0, 2));
             Connection connection = postgres.getPostgresDatabase().getConnection()) {
            return new String[] {show(connection, "fsync"), show(connection, "synchronous_commit")};
        }
    }

    private static String show(Connection connection, String setting) throws Exception {
        try (ResultSet result = connection.createStatement().executeQuery("SHOW " + setting)) {
            result.next();
            return result.getString(1);
        }
    }
}
