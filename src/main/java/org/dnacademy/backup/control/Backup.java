package org.dnacademy.backup.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One backup in the folder: {@code dnacademy-20261202-013000.dump} (PostgreSQL, one file) or
 * {@code dnacademy-20261202-013000/} (Derby, a folder holding the database folder
 * {@code dnacademy}), named by when it was made, in UTC, so names sort by age.
 */
public record Backup(String name, Instant madeAt, long bytes, boolean postgres, Path path) {

    static final String DUMP = ".dump";
    private static final Pattern NAME = Pattern.compile("dnacademy-(\\d{8}-\\d{6})(\\.dump)?");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** The name of a backup made at this moment, without the {@code .dump} of PostgreSQL's. */
    static String baseName(Instant madeAt) {
        return "dnacademy-" + STAMP.format(LocalDateTime.ofInstant(madeAt, ZoneOffset.UTC));
    }

    /** The backup at this path, or empty for anything this feature did not name (never touched). */
    static Optional<Backup> at(Path path) {
        Matcher name = NAME.matcher(path.getFileName().toString());
        if (!name.matches() || name.group(2) == null && !Files.isDirectory(path)) {
            return Optional.empty();
        }
        try {
            Instant madeAt = LocalDateTime.parse(name.group(1), STAMP).toInstant(ZoneOffset.UTC);
            return Optional.of(new Backup(path.getFileName().toString(), madeAt, size(path), name.group(2) != null, path));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static long size(Path path) {
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException | UncheckedIOException e) {
            return -1;
        }
    }

    /** "12.3 MB", for people. */
    public String size() {
        if (bytes < 0) {
            return "unknown";
        }
        if (bytes < 1024 * 1024) {
            return String.format("%.0f KB", bytes / 1024.0);
        }
        return String.format("%.1f MB", bytes / (1024.0 * 1024));
    }

    public String kind() {
        return postgres ? "PostgreSQL (pg_dump, custom format)" : "Derby (online backup)";
    }
}
