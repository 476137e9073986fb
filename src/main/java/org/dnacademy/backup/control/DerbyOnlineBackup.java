package org.dnacademy.backup.control;

import java.nio.file.Path;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * Derby's online backup: a consistent copy of the running database, taken while people go on
 * using it. Derby writes the database folder ({@code dnacademy}) inside the target folder;
 * restoring is putting that folder back in place of the data folder's, with the server stopped.
 */
final class DerbyOnlineBackup implements BackupMethod {

    private final DataSource dataSource;

    DerbyOnlineBackup(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String suffix() {
        return "";
    }

    @Override
    public void write(Path target) throws BackupFailedException {
        try (var connection = dataSource.getConnection();
                var backup = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            backup.setString(1, target.toString());
            backup.execute();
        } catch (SQLException e) {
            throw new BackupFailedException("Derby could not write the backup to " + target + ": " + e.getMessage(), e);
        }
    }
}
