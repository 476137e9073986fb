package org.dnacademy.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Text typed before names and notes were checked ({@link Text}) may hold control, zero-width or
 * direction characters: they are removed (line breaks kept where the field is several lines) and
 * the text normalised to NFC, so that what is stored looks exactly like what is printed. A Java
 * migration because neither database can match those characters in SQL that both understand.
 */
public class V8__StripInvisibleCharacters extends BaseJavaMigration {

    /** Table, key column, text column, whether the field keeps line breaks. */
    private record Field(String table, String key, String column, boolean lines) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("account", "id", "display_name", false),
            new Field("certificate", "id", "holder_name", false),
            new Field("certificate", "id", "revocation_reason", true),
            new Field("cohort", "id", "name", false),
            new Field("practical_session", "id", "body_region", false),
            new Field("practical_session", "id", "notes", true),
            new Field("practical_decision", "id", "comment_text", true));

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        for (Field field : FIELDS) {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + field.key() + ", " + field.column() + " FROM " + field.table() + " WHERE " + field.column() + " IS NOT NULL");
                 PreparedStatement update = connection.prepareStatement(
                         "UPDATE " + field.table() + " SET " + field.column() + " = ? WHERE " + field.key() + " = ?");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String written = rows.getString(2);
                    String clean = Text.withoutInvisible(written, field.lines());
                    if (!clean.equals(written)) {
                        // A name cannot become empty: one made only of invisible characters keeps a placeholder.
                        update.setString(1, clean.isEmpty() && !field.lines() ? "(name removed: invisible characters)" : clean);
                        update.setLong(2, rows.getLong(1));
                        update.executeUpdate();
                    }
                }
            }
        }
    }
}
