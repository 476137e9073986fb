package org.dnacademy.backup.control;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * PostgreSQL's own tool: {@code pg_dump --format=custom}, a compressed, consistent snapshot that
 * {@code pg_restore} reads back (README, "Restoring a backup"). The client program must be at least
 * the server's major version; its path is {@code DNA_PG_DUMP}. The password travels in the
 * program's environment, never on its command line.
 */
final class PostgresDump implements BackupMethod {

    /**
     * The JDBC URL parameters that libpq also understands; the others mean nothing to pg_dump. A
     * user or password in the URL is left out too: the command line is visible to every process of
     * the machine, so they travel in the environment ({@link #fromUrl}).
     */
    private static final Set<String> LIBPQ_PARAMETERS = Set.of("sslmode", "sslcert", "sslkey", "sslrootcert", "sslpassword",
            "connect_timeout", "application_name", "options");

    private final String program;
    private final String jdbcUrl;
    private final Optional<String> user;
    private final Optional<String> password;

    PostgresDump(String program, String jdbcUrl, Optional<String> user, Optional<String> password) {
        this.program = program;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    @Override
    public String suffix() {
        return Backup.DUMP;
    }

    @Override
    public void write(Path target) throws BackupFailedException {
        Path errors;
        try {
            errors = Files.createTempFile("dnacademy-pg_dump-", ".txt");
        } catch (IOException e) {
            throw new BackupFailedException("No temporary file for pg_dump's messages: " + e.getMessage(), e);
        }
        try {
            var builder = new ProcessBuilder(program, "--format=custom", "--no-password", "--file=" + target, "--dbname=" + libpqUri(jdbcUrl))
                    .redirectErrorStream(true).redirectOutput(errors.toFile());
            user.or(() -> fromUrl(jdbcUrl, "user")).ifPresent(name -> builder.environment().put("PGUSER", name));
            password.or(() -> fromUrl(jdbcUrl, "password")).ifPresent(secret -> builder.environment().put("PGPASSWORD", secret));
            Process dump;
            try {
                dump = builder.start();
            } catch (IOException e) {
                throw new BackupFailedException("PostgreSQL's pg_dump could not be run ('" + program + "'): install PostgreSQL's client "
                        + "programs (Debian: postgresql-client, at least the server's version) or set DNA_PG_DUMP to its full path.", e);
            }
            int exit = dump.waitFor();
            if (exit != 0) {
                String said = Files.readString(errors, StandardCharsets.UTF_8).strip();
                throw new BackupFailedException("pg_dump failed (exit code " + exit + "): "
                        + (said.length() > 600 ? said.substring(said.length() - 600) : said));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackupFailedException("The backup was interrupted", e);
        } catch (IOException e) {
            throw new BackupFailedException("pg_dump's messages could not be read: " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(errors);
            } catch (IOException ignored) {
                // a temporary file left behind
            }
        }
    }

    /** A parameter of the JDBC URL's query ({@code ?user=dna&password=...}), decoded. */
    static Optional<String> fromUrl(String jdbcUrl, String name) {
        int query = jdbcUrl.indexOf('?');
        if (query < 0) {
            return Optional.empty();
        }
        for (String parameter : jdbcUrl.substring(query + 1).split("&")) {
            if (parameter.startsWith(name + "=")) {
                return Optional.of(URLDecoder.decode(parameter.substring(name.length() + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    /**
     * The connection URI pg_dump takes for a JDBC URL: {@code jdbc:postgresql://db:5432/dna?sslmode=require}
     * is {@code postgresql://db:5432/dna?sslmode=require}; JDBC's host default (localhost) is
     * written out, and parameters libpq does not know are left out.
     */
    static String libpqUri(String jdbcUrl) {
        String rest = jdbcUrl.substring("jdbc:postgresql:".length());
        if (!rest.startsWith("//")) {
            rest = "//localhost/" + rest;
        }
        int query = rest.indexOf('?');
        String address = query < 0 ? rest : rest.substring(0, query);
        List<String> kept = new ArrayList<>();
        if (query >= 0) {
            for (String parameter : rest.substring(query + 1).split("&")) {
                String name = parameter.contains("=") ? parameter.substring(0, parameter.indexOf('=')) : parameter;
                if (LIBPQ_PARAMETERS.contains(name)) {
                    kept.add(parameter);
                }
            }
        }
        return "postgresql:" + address + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
    }
}
