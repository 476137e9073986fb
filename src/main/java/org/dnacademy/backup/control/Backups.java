package org.dnacademy.backup.control;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.dnacademy.audit.AuditAction;
import org.dnacademy.audit.AuditLog;
import org.dnacademy.platform.DataSourceDefinitionHolder;
import org.dnacademy.platform.Settings;

/**
 * Makes and keeps backups in {@code DNA_BACKUP_DIR}: written under a {@code .partial} name and
 * renamed once complete, then all but the newest {@code DNA_BACKUP_KEEP} deleted. One backup at a
 * time per instance. A backup holds every person's record and password hash, so the folder is
 * made readable by the server's own user only (where the file system has POSIX permissions).
 */
@ApplicationScoped
public class Backups {

    private static final Logger LOG = Logger.getLogger(Backups.class.getName());

    @Resource(lookup = DataSourceDefinitionHolder.JNDI_NAME)
    DataSource dataSource;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    private final ReentrantLock making = new ReentrantLock();

    /** The backups in the folder, newest first. */
    public List<Backup> kept() {
        Path folder = settings().folder();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(Backup::at).flatMap(java.util.Optional::stream)
                    .sorted(Comparator.comparing(Backup::madeAt).reversed()).toList();
        } catch (IOException e) {
            LOG.warning(() -> "The backup folder " + folder + " cannot be read: " + e.getMessage());
            return List.of();
        }
    }

    /**
     * Makes a backup now and deletes the oldest beyond the number kept.
     *
     * @param actor who asked (an administrator's e-mail, or {@link AuditLog#SYSTEM} for the schedule)
     */
    public Backup backUpNow(String actor) throws BackupFailedException {
        if (!making.tryLock()) {
            throw new BackupFailedException("A backup is being made already; it is listed here once it is complete.");
        }
        try {
            return make(actor);
        } finally {
            making.unlock();
        }
    }

    /** Whether backups are of PostgreSQL (pg_dump) rather than embedded Derby. */
    public boolean isPostgres() {
        return Settings.current().databaseUrl().isPresent();
    }

    public Settings.Backup settings() {
        return Settings.current().backup();
    }

    private Backup make(String actor) throws BackupFailedException {
        Settings current = Settings.current();
        BackupMethod method = isPostgres()
                ? new PostgresDump(settings().pgDump(), current.databaseUrl().get(), current.databaseUser(), current.databasePassword())
                : new DerbyOnlineBackup(dataSource);
        Path folder = settings().folder();
        String name = Backup.baseName(clock.instant()) + method.suffix();
        Path target = folder.resolve(name);
        Path partial = folder.resolve(name + ".partial");
        try {
            Files.createDirectories(folder);
            ownerOnly(folder);
            if (Files.exists(target)) {
                throw new BackupFailedException("A backup named " + name + " exists already; try again in a second.");
            }
            deleteRecursively(partial);
            method.write(partial);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (BackupFailedException | IOException e) {
            String why = e instanceof IOException ? "The backup folder " + folder + " cannot be written: " + e.getMessage() : e.getMessage();
            try {
                deleteRecursively(partial);
            } catch (IOException left) {
                LOG.warning(() -> "An incomplete backup was left at " + partial + ": " + left.getMessage());
            }
            audit.record(actor, AuditAction.BACKUP_FAILED, name, abbreviated(why));
            LOG.severe(() -> "Backup " + name + " failed: " + why);
            throw e instanceof BackupFailedException failed ? failed : new BackupFailedException(why, e);
        }
        Backup made = Backup.at(target).orElseThrow();
        List<String> removed = new ArrayList<>();
        for (Backup old : beyondKept(kept(), settings().keep(), made)) {
            try {
                deleteRecursively(old.path());
                removed.add(old.name());
            } catch (IOException e) {
                LOG.warning(() -> "Old backup " + old.path() + " could not be deleted: " + e.getMessage());
            }
        }
        audit.record(actor, AuditAction.BACKUP_MADE, name, made.size() + (removed.isEmpty() ? "" : "; deleted " + removed));
        LOG.info(() -> "Backup " + target + " made (" + made.size() + ")" + (removed.isEmpty() ? "" : "; deleted " + removed));
        return made;
    }

    /**
     * Makes the folder readable, writable and listable by its owner only ({@code rwx------}), on file
     * systems with POSIX permissions; elsewhere leaves it as it is.
     */
    static void ownerOnly(Path folder) throws IOException {
        if (Files.getFileAttributeView(folder, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** The backups to delete: all but the newest {@code keep}, never the one just made. */
    static List<Backup> beyondKept(List<Backup> newestFirst, int keep, Backup made) {
        List<Backup> others = newestFirst.stream().filter(b -> !b.name().equals(made.name())).toList();
        return others.size() <= keep - 1 ? List.of() : others.subList(keep - 1, others.size());
    }

    private static String abbreviated(String text) {
        return text == null ? null : text.length() > 900 ? text.substring(0, 900) + "..." : text;
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
