package org.dnacademy.records.control;

import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.dnacademy.identity.control.Accounts;
import org.dnacademy.identity.entity.Role;
import org.dnacademy.platform.RejectedException;

/**
 * Reads an administrator's CSV file of new accounts (Apache Commons CSV) and checks every row,
 * listing each row's problems by its line in the file. The first line names the columns:
 * {@code name} and {@code email} are required, {@code role} (trainee, supervisor, administrator;
 * trainee when empty) and {@code cohort} (an existing cohort's name) are optional, in any order and
 * any case. Commas or semicolons separate the columns (spreadsheets in many European locales save
 * with semicolons); the file is UTF-8, with or without a byte order mark. A row is refused when a
 * value is missing or malformed, its address has an account already or appears on an earlier line,
 * or its cohort does not exist. Nothing here touches the database: what exists is asked through the
 * two functions given.
 */
public final class EnrolmentFile {

    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_ROWS = 1000;

    private EnrolmentFile() {
    }

    /** One line of the file, as written, with what is wrong with it (nothing, for a row that can be stored). */
    public record Row(long line, String name, String email, String role, String cohort, List<String> problems) implements Serializable {

        public boolean isValid() {
            return problems.isEmpty();
        }

        /** The role the row asks for; trainee when the column is empty. */
        public Optional<Role> chosenRole() {
            return roleNamed(role);
        }

        public long getLine() {
            return line;
        }

        public String getName() {
            return name;
        }

        public String getEmail() {
            return email;
        }

        public String getRole() {
            return chosenRole().map(Role::getLabel).orElse(role);
        }

        public String getCohort() {
            return cohort;
        }

        public List<String> getProblems() {
            return problems;
        }
    }

    /** What exists already: addresses with an account, cohorts by name (their stored name). */
    public record Lookups(Predicate<String> accountExists, Function<String, Optional<String>> cohortNamed) {
    }

    /**
     * Every data row of the file, checked.
     *
     * @throws RejectedException when the file as a whole cannot be read: too large, not UTF-8, no
     *                           header with name and email, too many rows, broken quoting
     */
    public static List<Row> read(byte[] file, Lookups lookups) {
        if (file.length > MAX_BYTES) {
            throw new RejectedException("The file is larger than 1 MB. Split it into smaller files.");
        }
        String text = utf8(file);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new RejectedException("The file is empty. Its first line names the columns: name,email,role,cohort.");
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.contains(";") && !firstLine.contains(",") ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true).get();
        try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            Map<String, String> columns = columns(parser.getHeaderNames());
            List<Row> rows = new ArrayList<>();
            Map<String, Long> seen = new HashMap<>();
            long nextLine = 2;
            for (CSVRecord record : parser) {
                long line = nextLine;
                nextLine = parser.getCurrentLineNumber() + 1;
                if (rows.size() == MAX_ROWS) {
                    throw new RejectedException("The file has more than " + MAX_ROWS + " rows. Split it into smaller files.");
                }
                rows.add(check(line, record, columns, seen, lookups));
            }
            if (rows.isEmpty()) {
                throw new RejectedException("The file names its columns but holds no rows.");
            }
            return rows;
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new RejectedException("The file cannot be read as CSV: " + describe(e)
                    + ". Save it from your spreadsheet as \"CSV UTF-8\" and try again.");
        }
    }

    /** The rows checked again (at confirmation, against what exists by then). */
    public static List<Row> recheck(List<Row> rows, Lookups lookups) {
        Map<String, Long> seen = new HashMap<>();
        return rows.stream().map(row -> check(row.line(), row.name(), row.email(), row.role(), row.cohort(), seen, lookups)).toList();
    }

    private static Row check(long line, CSVRecord record, Map<String, String> columns, Map<String, Long> seen, Lookups lookups) {
        return check(line, value(record, columns.get("name")), value(record, columns.get("email")), value(record, columns.get("role")),
                value(record, columns.get("cohort")), seen, lookups);
    }

    private static Row check(long line, String name, String email, String role, String cohort, Map<String, Long> seen, Lookups lookups) {
        List<String> problems = new ArrayList<>();
        String normalisedEmail = email;
        try {
            Accounts.checkName(name);
        } catch (RejectedException e) {
            problems.add(name.isEmpty() ? "The name is missing." : "The name: " + e.getMessage());
        }
        try {
            normalisedEmail = Accounts.checkEmail(email);
            Long earlier = seen.putIfAbsent(normalisedEmail, line);
            if (earlier != null) {
                problems.add("The address " + normalisedEmail + " is on line " + earlier + " already.");
            } else if (lookups.accountExists().test(normalisedEmail)) {
                problems.add("An account with the address " + normalisedEmail + " exists already.");
            }
        } catch (RejectedException e) {
            problems.add(email.isEmpty() ? "The e-mail address is missing." : "The e-mail address " + email + " is not valid.");
        }
        if (roleNamed(role).isEmpty()) {
            problems.add("The role " + role + " is unknown: write trainee, supervisor or administrator.");
        }
        String cohortName = cohort;
        if (!cohort.isEmpty()) {
            Optional<String> existing = lookups.cohortNamed().apply(cohort);
            if (existing.isEmpty()) {
                problems.add("No cohort is named " + cohort + ". Create it under Cohorts first, or correct the name.");
            } else {
                cohortName = existing.get();
            }
        }
        return new Row(line, name, normalisedEmail, role, cohortName, List.copyOf(problems));
    }

    /** trainee, supervisor, admin(istrator), in any case; empty means trainee. */
    static Optional<Role> roleNamed(String written) {
        String role = written == null ? "" : written.strip().toLowerCase(Locale.ROOT);
        return switch (role) {
            case "", "trainee" -> Optional.of(Role.TRAINEE);
            case "supervisor" -> Optional.of(Role.SUPERVISOR);
            case "admin", "administrator" -> Optional.of(Role.ADMIN);
            default -> Optional.empty();
        };
    }

    /** The header's names for the known columns; name and email must be there. */
    private static Map<String, String> columns(List<String> header) {
        Map<String, String> columns = new HashMap<>();
        for (String written : header) {
            String column = written == null ? "" : written.strip().toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "");
            String known = switch (column) {
                case "name", "fullname" -> "name";
                case "email", "emailaddress" -> "email";
                case "role" -> "role";
                case "cohort" -> "cohort";
                default -> null;
            };
            if (known != null) {
                columns.putIfAbsent(known, written);
            }
        }
        if (!columns.containsKey("name") || !columns.containsKey("email")) {
            throw new RejectedException("The first line must name the columns, with at least name and email: "
                    + "name,email,role,cohort.");
        }
        return columns;
    }

    private static String value(CSVRecord record, String column) {
        if (column == null || !record.isSet(column)) {
            return "";
        }
        String value = record.get(column);
        return value == null ? "" : value.strip();
    }

    private static String utf8(byte[] file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            throw new RejectedException("The file is not UTF-8 text. Save it from your spreadsheet as \"CSV UTF-8\" and try again.");
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }
}
