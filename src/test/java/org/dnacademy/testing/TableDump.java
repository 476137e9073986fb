package org.dnacademy.testing;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every row of every table of the application's schema, as text (large values as their SHA-256),
 * table by table: what a backup test compares before and after a restore. Works on Derby and
 * PostgreSQL alike through JDBC's metadata.
 */
public record TableDump(Map<String, SortedSet<String>> rows) {

    public static TableDump of(Connection db, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (var found = db.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (found.next()) {
                tables.add(found.getString("TABLE_NAME"));
            }
        }
        Map<String, SortedSet<String>> rows = new TreeMap<>();
        for (String table : tables) {
            SortedSet<String> lines = new TreeSet<>();
            try (var statement = db.createStatement(); var result = statement.executeQuery("SELECT * FROM \"" + schema + "\".\"" + table + "\"")) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    StringBuilder line = new StringBuilder();
                    for (int c = 1; c <= columns; c++) {
                        line.append(c == 1 ? "" : " | ").append(text(result.getObject(c)));
                    }
                    lines.add(line.toString());
                }
            }
            rows.put(table.toLowerCase(Locale.ROOT), lines);
        }
        return new TableDump(rows);
    }

    /**
     * The rows of {@code this} that {@code other} lacks, table by table; for the tables in
     * {@code keysOnly} (bookkeeping a server changes on its own, such as when an e-mail was sent)
     * only the first column counts.
     */
    public Map<String, SortedSet<String>> missingFrom(TableDump other, Set<String> keysOnly) {
        Map<String, SortedSet<String>> missing = new TreeMap<>();
        rows.forEach((table, lines) -> {
            SortedSet<String> lacking = keysOnly.contains(table) ? firstColumn(lines) : new TreeSet<>(lines);
            SortedSet<String> there = other.rows.getOrDefault(table, new TreeSet<>());
            lacking.removeAll(keysOnly.contains(table) ? firstColumn(there) : there);
            if (!lacking.isEmpty()) {
                missing.put(table, lacking);
            }
        });
        return missing;
    }

    private static SortedSet<String> firstColumn(SortedSet<String> lines) {
        SortedSet<String> keys = new TreeSet<>();
        lines.forEach(line -> keys.add(line.split(" \\| ", 2)[0]));
        return keys;
    }

    public int count() {
        return rows.values().stream().mapToInt(SortedSet::size).sum();
    }

    private static String text(Object value) throws SQLException {
        try {
            if (value instanceof Blob blob) {
                return digest(blob.getBinaryStream());
            }
            if (value instanceof Clob clob) {
                return digest(new java.io.ByteArrayInputStream(clob.getSubString(1, (int) clob.length())
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            }
            if (value instanceof byte[] bytes) {
                return digest(new java.io.ByteArrayInputStream(bytes));
            }
            if (value instanceof String string && string.length() > 200) {
                return digest(new java.io.ByteArrayInputStream(string.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new SQLException(e);
        }
        return String.valueOf(value);
    }

    private static String digest(InputStream in) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(in.readAllBytes());
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
