package org.dnacademy.platform;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The one place configuration is read. Each setting is a MicroProfile Config property, so it can
 * be given as a system property ({@code -Ddna.data.dir=...}) or an environment variable
 * ({@code DNA_DATA_DIR=...}); defaults live in {@code META-INF/microprofile-config.properties}.
 */
public final class Settings {

    /** Folder of the embedded Derby database (and its log). */
    public static final String DATA_DIR = "dna.data.dir";
    /** JDBC URL of an external database (PostgreSQL); when empty, embedded Derby is used. */
    public static final String DB_URL = "dna.db.url";
    public static final String DB_USER = "dna.db.user";
    public static final String DB_PASSWORD = "dna.db.password";
    /** Folder of the curriculum files; by default the copy of {@code modules/} packaged in the application. */
    public static final String MODULES_DIR = "dna.modules.dir";
    /**
     * Seconds to wait after a failed quiz attempt, for every module, instead of each module's own
     * {@code cooldown-minutes}. For demonstrations and tests; leave unset in production.
     */
    public static final String QUIZ_COOLDOWN_SECONDS = "dna.quiz.cooldown.seconds";
    /** The address people reach the site at, for links printed on certificates; by default taken from the request. */
    public static final String PUBLIC_URL = "dna.public.url";
    /** Days before expiry from which a certificate shows as expiring soon. */
    public static final String EXPIRING_WINDOW_DAYS = "dna.certificates.expiring.days";
    /** Days a holder has to recertify after a module change that requires it (at most until expiry). */
    public static final String RECERTIFICATION_DAYS = "dna.certificates.recertification.days";
    /** How many certificate PDFs one ZIP download may hold; a larger selection is refused with a message. */
    public static final String ZIP_MAX_FILES = "dna.certificates.zip.max.files";
    /** E-mail and (optional) initial password of the first administrator. */
    public static final String ADMIN_EMAIL = "dna.admin.email";
    public static final String ADMIN_PASSWORD = "dna.admin.password";

    private Settings() {
    }

    public static Optional<String> find(String name) {
        return config().getOptionalValue(name, String.class)
                .map(String::trim)
                .filter(value -> !value.isEmpty());
    }

    public static String get(String name, String fallback) {
        return find(name).orElse(fallback);
    }

    public static Path dataDirectory() {
        return Path.of(get(DATA_DIR, "data")).toAbsolutePath().normalize();
    }

    private static Config config() {
        ClassLoader loader = Settings.class.getClassLoader();
        return ConfigProvider.getConfig(loader);
    }
}
