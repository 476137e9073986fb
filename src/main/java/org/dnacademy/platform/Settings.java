package org.dnacademy.platform;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Every setting of the application, with its default, read and checked once: the one place
 * configuration is known. Each is a MicroProfile Config property, so it can be given as an
 * environment variable ({@code DNA_DATA_DIR=...}) or a system property ({@code -Ddna.data.dir=...}).
 * A malformed value stops the start with a message naming the variable ({@link SettingsCheck}),
 * rather than failing later on the page that happens to read it.
 *
 * @param dataDir               folder of the embedded Derby database and its log
 * @param databaseUrl           JDBC URL of PostgreSQL; empty for embedded Derby
 * @param modulesDir            curriculum folder to load instead of the packaged copy
 * @param quizCooldown          wait after a failed attempt for every module instead of each
 *                              module's own; for demonstrations and tests only
 * @param publicUrl             the address people reach the site at, without a trailing slash:
 *                              printed on certificates and in their QR codes, and the base of
 *                              every link sent by e-mail. Never taken from a request's headers.
 * @param expiringWindowDays    days before expiry from which a certificate shows as expiring soon
 * @param recertificationDays   days holders have to recertify after a module change that requires it
 * @param zipMaxFiles           certificate PDFs one ZIP may hold; larger selections are refused
 * @param trustedProxies        addresses of reverse proxies whose {@code X-Forwarded-For} and
 *                              {@code X-Forwarded-Proto} headers are believed
 * @param registrationsPerHour  accounts one network address may register in an hour
 * @param mail                  the SMTP server e-mail is sent through; empty to print messages to
 *                              the log instead (development), with in-app notices only
 * @param backup                where and how often the database is backed up
 * @param sessionIdle           a signed-in session without a request for this long is signed out
 * @param sessionLifetime       a signed-in session ends this long after signing in, however busy
 * @param stuckAfterDays        the supervisors' weekly digest counts a trainee as stuck after this
 *                              many days without progress
 */
public record Settings(Path dataDir, Optional<String> databaseUrl, Optional<String> databaseUser,
        Optional<String> databasePassword, Optional<Path> modulesDir, Optional<Duration> quizCooldown, URI publicUrl,
        int expiringWindowDays, int recertificationDays, int zipMaxFiles, String adminEmail, Optional<String> adminPassword,
        Set<String> trustedProxies, int registrationsPerHour, Optional<Mail> mail, Backup backup,
        Duration sessionIdle, Duration sessionLifetime,
        int stuckAfterDays) {

    /**
     * An SMTP server (Jakarta Mail).
     *
     * @param from the sender address, e.g. {@code DN Academy <training@example.org>}
     */
    public record Mail(String host, int port, boolean startTls, Optional<String> user, Optional<String> password, String from) {
    }

    /**
     * Backups of the whole database ({@code org.dnacademy.backup}).
     *
     * @param folder        where backups are written; a folder every instance shares in a cluster
     * @param keep          how many backups are kept; older ones are deleted after each new one
     * @param intervalHours hours between scheduled backups; 0 for none (on demand only)
     * @param pgDump        PostgreSQL's {@code pg_dump}: a name found on the PATH or a full path
     */
    public record Backup(Path folder, int keep, int intervalHours, String pgDump) {
    }

    /** The address printed when {@code DNA_PUBLIC_URL} is not set: right for the README's run command only. */
    public static final String DEFAULT_PUBLIC_URL = "http://localhost:8080";

    private static volatile Settings current;

    /** The settings of this run, read and checked on first use. */
    public static Settings current() {
        Settings settings = current;
        if (settings == null) {
            synchronized (Settings.class) {
                if (current == null) {
                    try {
                        current = read(name -> ConfigProvider.getConfig(Settings.class.getClassLoader())
                                .getOptionalValue(name, String.class));
                    } catch (InvalidSettingsException e) {
                        // Whichever part of the start reads the settings first (the data source, a
                        // start-up bean) fails with this; the operator reads it here, named plainly.
                        java.util.logging.Logger.getLogger(Settings.class.getName()).severe(() -> "\n"
                                + "==========================================================\n"
                                + " DN Academy will not start: the configuration is not valid.\n - "
                                + String.join("\n - ", e.problems())
                                + "\n==========================================================");
                        throw e;
                    }
                }
                settings = current;
            }
        }
        return settings;
    }

    /**
     * Reads the settings from any source of named values, checking every one.
     *
     * @throws InvalidSettingsException naming each malformed setting and what it should be
     */
    public static Settings read(Function<String, Optional<String>> source) {
        var reader = new Reader(source);
        var settings = new Settings(
                Path.of(reader.text("dna.data.dir").orElse("data")).toAbsolutePath().normalize(),
                reader.text("dna.db.url").filter(url -> reader.check("dna.db.url", url.startsWith("jdbc:postgresql:"),
                        "a PostgreSQL JDBC URL such as jdbc:postgresql://db.example.org/dnacademy")),
                reader.text("dna.db.user"),
                reader.text("dna.db.password"),
                reader.text("dna.modules.dir").map(Path::of),
                reader.number("dna.quiz.cooldown.seconds", 0, 7 * 24 * 3600, "seconds").map(Duration::ofSeconds),
                reader.publicUrl("dna.public.url"),
                reader.number("dna.certificates.expiring.days", 0, 3650, "days").orElse(60),
                reader.number("dna.certificates.recertification.days", 1, 3650, "days").orElse(90),
                reader.number("dna.certificates.zip.max.files", 1, 100_000, "files").orElse(500),
                reader.text("dna.admin.email").orElse("admin@dnacademy.local"),
                reader.text("dna.admin.password"),
                reader.addresses("dna.trusted.proxies"),
                reader.number("dna.registrations.per.hour", 1, 10_000, "registrations").orElse(5),
                reader.text("dna.smtp.host").map(host -> new Mail(host,
                        reader.number("dna.smtp.port", 1, 65535, "port").orElse(587),
                        reader.yesNo("dna.smtp.starttls").orElse(true),
                        reader.text("dna.smtp.user"), reader.text("dna.smtp.password"),
                        reader.text("dna.mail.from").orElse("DN Academy <no-reply@" + host + ">"))),
                new Backup(reader.text("dna.backup.dir").map(Path::of).orElse(Path.of(reader.text("dna.data.dir").orElse("data"), "backups"))
                                .toAbsolutePath().normalize(),
                        reader.number("dna.backup.keep", 1, 1000, "backups").orElse(7),
                        reader.number("dna.backup.interval.hours", 0, 24 * 366, "hours").orElse(24),
                        reader.text("dna.pg.dump").orElse("pg_dump")),
                Duration.ofMinutes(reader.number("dna.session.idle.minutes", 1, 24 * 60, "minutes").orElse(30)),
                Duration.ofHours(reader.number("dna.session.lifetime.hours", 1, 30 * 24, "hours").orElse(12)),
                reader.number("dna.digest.stuck.days", 1, 365, "days").orElse(14));
        if (!reader.problems.isEmpty()) {
            throw new InvalidSettingsException(reader.problems);
        }
        return settings;
    }

    /** Cookies are Secure and HSTS is sent when the site is reached over HTTPS. */
    public boolean servedOverHttps() {
        return "https".equals(publicUrl.getScheme());
    }

    /** An absolute address of a path inside the application, e.g. {@code /verify/ABC}. */
    public String link(String path) {
        return publicUrl + (path.startsWith("/") ? path : "/" + path);
    }

    /** The environment variable a setting is given by: {@code dna.data.dir} is {@code DNA_DATA_DIR}. */
    public static String variable(String property) {
        return property.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    /** Settings that could not be read, each named with the value it should have. */
    public static final class InvalidSettingsException extends IllegalStateException {

        private final List<String> problems;

        InvalidSettingsException(List<String> problems) {
            super("DN Academy cannot start: " + String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    /** Reads named values, collecting every problem rather than stopping at the first. */
    private static final class Reader {

        private final Function<String, Optional<String>> source;
        private final List<String> problems = new ArrayList<>();

        Reader(Function<String, Optional<String>> source) {
            this.source = source;
        }

        Optional<String> text(String name) {
            return source.apply(name).map(String::strip).filter(value -> !value.isEmpty());
        }

        boolean check(String name, boolean valid, String expected) {
            if (!valid) {
                problems.add(variable(name) + " must be " + expected + ", not '" + text(name).orElse("") + "'");
            }
            return valid;
        }

        Optional<Integer> number(String name, int min, int max, String unit) {
            Optional<String> written = text(name);
            if (written.isEmpty()) {
                return Optional.empty();
            }
            try {
                int value = Integer.parseInt(written.get());
                if (value >= min && value <= max) {
                    return Optional.of(value);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            check(name, false, "a whole number of " + unit + " from " + min + " to " + max);
            return Optional.empty();
        }

        Optional<Boolean> yesNo(String name) {
            Optional<String> written = text(name).map(value -> value.toLowerCase(Locale.ROOT));
            if (written.isEmpty()) {
                return Optional.empty();
            }
            if (written.get().equals("true") || written.get().equals("false")) {
                return Optional.of(Boolean.parseBoolean(written.get()));
            }
            check(name, false, "true or false");
            return Optional.empty();
        }

        URI publicUrl(String name) {
            String written = text(name).orElse(DEFAULT_PUBLIC_URL);
            try {
                URI uri = URI.create(written.endsWith("/") ? written.substring(0, written.length() - 1) : written);
                boolean web = ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                        && uri.getQuery() == null && uri.getFragment() == null && uri.getUserInfo() == null;
                if (check(name, web, "the site's address, such as https://training.example.org")) {
                    return uri;
                }
            } catch (IllegalArgumentException e) {
                check(name, false, "the site's address, such as https://training.example.org");
            }
            return URI.create(DEFAULT_PUBLIC_URL);
        }

        Set<String> addresses(String name) {
            Set<String> addresses = new LinkedHashSet<>();
            for (String address : text(name).orElse("").split(",")) {
                String stripped = address.strip();
                if (stripped.isEmpty()) {
                    continue;
                }
                if (check(name, stripped.matches("[0-9a-fA-F.:]+"), "a comma-separated list of IP addresses, such as 10.0.0.5,10.0.0.6")) {
                    addresses.add(stripped);
                }
            }
            return Set.copyOf(addresses);
        }
    }
}
