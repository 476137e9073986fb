package org.dnacademy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

/** The migration that cleans text stored before names were checked, on an in-memory Derby database. */
class StripInvisibleCharactersTest {

    @Test
    void invisibleCharactersAreRemovedFromStoredNamesAndNotesAndTheRestIsLeftAlone() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:derby:memory:strip-" + System.nanoTime() + ";create=true")) {
            try (Statement sql = connection.createStatement()) {
                sql.execute("CREATE TABLE account (id BIGINT, display_name VARCHAR(120))");
                sql.execute("CREATE TABLE certificate (id BIGINT, holder_name VARCHAR(120), revocation_reason VARCHAR(1000))");
                sql.execute("CREATE TABLE cohort (id BIGINT, name VARCHAR(120))");
                sql.execute("CREATE TABLE practical_session (id BIGINT, body_region VARCHAR(120), notes VARCHAR(2000))");
                sql.execute("CREATE TABLE practical_decision (id BIGINT, comment_text VARCHAR(2000))");
            }
            insert(connection, "INSERT INTO account VALUES (1, 'Ada\u202E Lovelace\u0000'), (2, 'Zoe\u0308'), (3, 'Plain Name'), (4, '\u200B')");
            insert(connection, "INSERT INTO certificate VALUES (1, 'Ada\u202E Lovelace', 'line one\r\nline two\u200B'), (2, 'Bo', NULL)");
            insert(connection, "INSERT INTO cohort VALUES (1, 'Spring\nintake')");
            insert(connection, "INSERT INTO practical_session VALUES (1, 'right\u200D trapezius', 'notes\nkept')");
            insert(connection, "INSERT INTO practical_decision VALUES (1, 'fine\u2066')");

            new V8__StripInvisibleCharacters().migrate(context(connection));

            assertEquals("Ada Lovelace", value(connection, "SELECT display_name FROM account WHERE id = 1"));
            assertEquals("Zoë", value(connection, "SELECT display_name FROM account WHERE id = 2"), "normalised to NFC");
            assertEquals("Plain Name", value(connection, "SELECT display_name FROM account WHERE id = 3"));
            assertEquals("(name removed: invisible characters)", value(connection, "SELECT display_name FROM account WHERE id = 4"));
            assertEquals("Ada Lovelace", value(connection, "SELECT holder_name FROM certificate WHERE id = 1"));
            assertEquals("line one\nline two", value(connection, "SELECT revocation_reason FROM certificate WHERE id = 1"));
            assertEquals(null, value(connection, "SELECT revocation_reason FROM certificate WHERE id = 2"));
            assertEquals("Spring intake", value(connection, "SELECT name FROM cohort WHERE id = 1"), "a line break in a name becomes a space");
            assertEquals("right trapezius", value(connection, "SELECT body_region FROM practical_session WHERE id = 1"));
            assertEquals("notes\nkept", value(connection, "SELECT notes FROM practical_session WHERE id = 1"));
            assertEquals("fine", value(connection, "SELECT comment_text FROM practical_decision WHERE id = 1"));
        }
    }

    private static void insert(Connection connection, String statement) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    private static String value(Connection connection, String query) throws SQLException {
        try (Statement sql = connection.createStatement(); var rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static Context context(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }
}
