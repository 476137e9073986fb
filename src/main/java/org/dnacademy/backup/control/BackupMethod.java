package org.dnacademy.backup.control;

import java.nio.file.Path;

/** How one database writes a complete copy of itself: {@link DerbyOnlineBackup} or {@link PostgresDump}. */
interface BackupMethod {

    /** Appended to the backup's name: {@code .dump} for a file, nothing for a folder. */
    String suffix();

    /** Writes a complete backup at {@code target}, which does not exist yet. */
    void write(Path target) throws BackupFailedException;
}
