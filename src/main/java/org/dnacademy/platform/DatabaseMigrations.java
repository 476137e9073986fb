package org.dnacademy.platform;

import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date with Flyway before anything else touches the database. Start-up
 * beans that use the database declare {@code @DependsOn("DatabaseMigrations")}. The few column
 * types Derby and PostgreSQL spell differently are Flyway placeholders, so one set of
 * migrations ({@code db/migration}) serves both; what cannot be written the same way in both
 * (triggers) is in {@code db/derby} or {@code db/postgresql}, with the same version number in each.
 */
@Startup
@Singleton
@jakarta.ejb.DependsOn("SettingsCheck")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    /** Set once per start; static so the readiness check reads it without waiting for this bean. */
    private static volatile boolean migrated;

    @Resource(lookup = DataSourceDefinitionHolder.JNDI_NAME)
    DataSource dataSource;

    /**
     * Returns once the schema is up to date. Timers call it before touching the database: the
     * container delivers no call to a start-up singleton before its {@code @PostConstruct} has
     * finished, so a timer that fires early waits here instead of failing on a missing table.
     */
    @jakarta.ejb.Lock(jakarta.ejb.LockType.READ)
    public void awaitSchema() {
        // Reaching this method is the wait.
    }

    /** Whether this start has brought the schema up to date (for the readiness check). */
    static boolean isMigrated() {
        return migrated;
    }

    @PostConstruct
    void migrate() {
        boolean postgres = isPostgres();
        var result = Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration", postgres ? "classpath:db/postgresql" : "classpath:db/derby")
                .placeholders(placeholders(postgres))
                .javaMigrations(new V8__StripInvisibleCharacters())
                .load()
                .migrate();
        migrated = true;
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    private boolean isPostgres() {
        try (var connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database", e);
        }
    }

    private static Map<String, String> placeholders(boolean postgres) {
        return postgres
                ? Map.of("text", "TEXT", "blob", "BYTEA")
                : Map.of("text", "CLOB", "blob", "BLOB");
    }
}
