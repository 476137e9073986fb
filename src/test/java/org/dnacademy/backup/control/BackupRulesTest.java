package org.dnacademy.backup.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names, what is kept, when the schedule makes one, and what pg_dump is told. */
class BackupRulesTest {

    private static final Instant MADE = Instant.parse("2026-12-02T02:17:04Z");

    @Test
    void namesSortByAgeAndOnlyThisFeaturesNamesAreBackups(@TempDir Path folder) throws Exception {
        assertEquals("dnacademy-20261202-021704", Backup.baseName(MADE));
        Files.writeString(folder.resolve("dnacademy-20261202-021704.dump"), "dump");
        Files.createDirectories(folder.resolve("dnacademy-20261201-021700/dnacademy"));
        Files.writeString(folder.resolve("dnacademy-20261201-021700/dnacademy/service.properties"), "derby");
        Files.writeString(folder.resolve("dnacademy-20261203-000000.dump.partial"), "incomplete");
        Files.writeString(folder.resolve("notes.txt"), "someone's notes");
        Files.writeString(folder.resolve("dnacademy-20261130-000000"), "a file where a Derby backup would be a folder");

        var dump = Backup.at(folder.resolve("dnacademy-20261202-021704.dump")).orElseThrow();
        assertTrue(dump.postgres());
        assertEquals(MADE, dump.madeAt());
        assertEquals(4, dump.bytes());
        var derby = Backup.at(folder.resolve("dnacademy-20261201-021700")).orElseThrow();
        assertFalse(derby.postgres());
        assertEquals(5, derby.bytes(), "a Derby backup's size is its folder's");
        for (String other : List.of("dnacademy-20261203-000000.dump.partial", "notes.txt", "dnacademy-20261130-000000")) {
            assertTrue(Backup.at(folder.resolve(other)).isEmpty(), other + " is never listed, so never deleted");
        }
    }

    @Test
    void theNewestAreKeptAndTheOneJustMadeIsNeverDeleted() {
        var made = backup(0);
        List<Backup> newestFirst = List.of(made, backup(1), backup(2), backup(3));
        assertEquals(List.of(backup(2), backup(3)), Backups.beyondKept(newestFirst, 2, made));
        assertEquals(List.of(), Backups.beyondKept(newestFirst, 4, made));
        assertEquals(List.of(backup(1), backup(2), backup(3)), Backups.beyondKept(newestFirst, 1, made));
        // A clock set back: a backup named in the future counts among the newest, and the one just made is kept as well.
        var future = backup(-30);
        assertEquals(List.of(backup(1)), Backups.beyondKept(List.of(future, made, backup(1)), 2, made));
    }

    @Test
    void aBackupIsDueWhenNoneIsKeptOrTheNewestIsAnIntervalOldHalfAnHourEarly() {
        Duration day = Duration.ofHours(24);
        assertTrue(BackupSchedule.isDue(Optional.empty(), MADE, day));
        assertFalse(BackupSchedule.isDue(Optional.of(MADE), MADE.plus(Duration.ofHours(23)), day));
        assertTrue(BackupSchedule.isDue(Optional.of(MADE), MADE.plus(Duration.ofHours(23)).plusSeconds(59 * 60 + 56), day),
                "the next day's look, a few seconds early, still makes it");
        assertTrue(BackupSchedule.isDue(Optional.of(MADE), MADE.plus(Duration.ofHours(30)), day));
        assertTrue(BackupSchedule.isDue(Optional.of(MADE), MADE.plus(Duration.ofMinutes(59)), Duration.ofHours(1)));
    }

    @Test
    void pgDumpIsGivenTheJdbcAddressAsALibpqUri() {
        assertEquals("postgresql://db.example.org:5432/dnacademy", PostgresDump.libpqUri("jdbc:postgresql://db.example.org:5432/dnacademy"));
        assertEquals("postgresql://localhost/dnacademy", PostgresDump.libpqUri("jdbc:postgresql:dnacademy"));
        assertEquals("postgresql://db/dna?sslmode=require", PostgresDump.libpqUri("jdbc:postgresql://db/dna?ssl=true&sslmode=require&currentSchema=x"));
    }

    @Test
    void credentialsInTheUrlStayOffPgDumpsCommandLine() {
        String url = "jdbc:postgresql://db/dna?user=dna&password=s%26cret&sslmode=require";
        assertEquals("postgresql://db/dna?sslmode=require", PostgresDump.libpqUri(url));
        assertEquals(Optional.of("s&cret"), PostgresDump.fromUrl(url, "password"));
        assertEquals(Optional.of("dna"), PostgresDump.fromUrl(url, "user"));
        assertEquals(Optional.empty(), PostgresDump.fromUrl("jdbc:postgresql://db/dna", "password"));
    }

    @Test
    void theBackupFolderIsTheServersAlone(@TempDir Path parent) throws Exception {
        Path folder = Files.createDirectories(parent.resolve("backups"));
        Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        Backups.ownerOnly(folder);
        assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
    }

    @Test
    void withoutPgDumpTheMessageSaysWhatToInstallOrSet(@TempDir Path folder) {
        var dump = new PostgresDump(folder.resolve("no-such-pg_dump").toString(), "jdbc:postgresql://localhost/dna", Optional.of("dna"),
                Optional.of("secret"));
        var failed = org.junit.jupiter.api.Assertions.assertThrows(BackupFailedException.class, () -> dump.write(folder.resolve("x.dump")));
        assertTrue(failed.getMessage().contains("postgresql-client") && failed.getMessage().contains("DNA_PG_DUMP"), failed.getMessage());
        assertFalse(failed.getMessage().contains("secret"));
    }

    private static Backup backup(int daysBefore) {
        Instant at = MADE.minus(Duration.ofDays(daysBefore));
        return new Backup(Backup.baseName(at) + ".dump", at, 1, true, Path.of(Backup.baseName(at) + ".dump"));
    }
}
