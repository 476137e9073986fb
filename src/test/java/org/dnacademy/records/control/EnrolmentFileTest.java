package org.dnacademy.records.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dnacademy.identity.entity.Role;
import org.dnacademy.platform.RejectedException;
import org.junit.jupiter.api.Test;

class EnrolmentFileTest {

    /** Accounts that exist already, and the cohorts there are (stored names). */
    private static final EnrolmentFile.Lookups LOOKUPS = new EnrolmentFile.Lookups(Set.of("taken@example.org")::contains,
            name -> Optional.ofNullable(Map.of("spring 2026", "Spring 2026").get(name.toLowerCase(java.util.Locale.ROOT))));

    private static List<EnrolmentFile.Row> read(String csv) {
        return EnrolmentFile.read(csv.getBytes(StandardCharsets.UTF_8), LOOKUPS);
    }

    @Test
    void validRowsAreReadWithTheirLinesRolesAndCohorts() {
        List<EnrolmentFile.Row> rows = read("name,email,role,cohort\r\n"
                + "Ada Lovelace,Ada@Example.org,trainee,spring 2026\r\n"
                + "\"Hopper, Grace\",grace@example.org,Supervisor,\r\n"
                + "Zoë Ñúñez,zoe@example.org,,\r\n");
        assertEquals(3, rows.size());
        assertTrue(rows.stream().allMatch(EnrolmentFile.Row::isValid), rows.toString());
        assertEquals(List.of(2L, 3L, 4L), rows.stream().map(EnrolmentFile.Row::line).toList());
        assertEquals("ada@example.org", rows.get(0).email(), "addresses are stored in lower case");
        assertEquals("Spring 2026", rows.get(0).cohort(), "the cohort as it is named");
        assertEquals("Hopper, Grace", rows.get(1).name(), "a quoted comma stays in the name");
        assertEquals(Optional.of(Role.SUPERVISOR), rows.get(1).chosenRole());
        assertEquals(Optional.of(Role.TRAINEE), rows.get(2).chosenRole(), "an empty role is a trainee");
    }

    @Test
    void everyProblemIsListedOnItsOwnLineAndOtherRowsStayValid() {
        List<EnrolmentFile.Row> rows = read("email,name,cohort,role\n"
                + "taken@example.org,Already There,,\n"
                + "new@example.org,First Copy,,\n"
                + "NEW@example.org,Second Copy,,\n"
                + "fine@example.org,Fine Person,Spring 2026,trainee\n"
                + "nobody@example.org,Wrong Cohort,Autumn 1999,\n"
                + "not-an-address,Bad Address,,\n"
                + "role@example.org,Odd Role,,wizard\n"
                + "blank@example.org,,,\n"
                + "bidi@example.org,Evil\u202Ename,,\n");
        assertEquals(9, rows.size());
        assertProblem(rows.get(0), 2, "exists already");
        assertTrue(rows.get(1).isValid(), "the first of two copies is fine");
        assertProblem(rows.get(2), 4, "is on line 3 already");
        assertTrue(rows.get(3).isValid());
        assertProblem(rows.get(4), 6, "No cohort is named Autumn 1999");
        assertProblem(rows.get(5), 7, "not-an-address is not valid");
        assertProblem(rows.get(6), 8, "The role wizard is unknown");
        assertProblem(rows.get(7), 9, "The name is missing");
        assertProblem(rows.get(8), 10, "cannot be shown");
    }

    @Test
    void semicolonsAByteOrderMarkAndBlankLinesAreRead() {
        List<EnrolmentFile.Row> rows = read("\uFEFFName;E-mail;Cohort\n\nAda Lovelace;ada@example.org;Spring 2026\n");
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).isValid(), rows.toString());
        assertEquals("Spring 2026", rows.get(0).cohort());
    }

    @Test
    void aFileThatCannotBeReadIsRefusedAsAWhole() {
        assertRefused("", "The file is empty");
        assertRefused("first,last\nAda,Lovelace\n", "at least name and email");
        assertRefused("name,email\n", "holds no rows");
        assertRefused("name,email\n\"Ada,ada@example.org\n", "cannot be read as CSV");
        RejectedException latin1 = assertThrows(RejectedException.class,
                () -> EnrolmentFile.read("name,email\nZo\u00eb,zoe@example.org\n".getBytes(StandardCharsets.ISO_8859_1), LOOKUPS));
        assertTrue(latin1.getMessage().contains("not UTF-8"), latin1.getMessage());
        StringBuilder many = new StringBuilder("name,email\n");
        for (int i = 0; i <= EnrolmentFile.MAX_ROWS; i++) {
            many.append("Person ").append(i).append(",p").append(i).append("@example.org\n");
        }
        assertRefused(many.toString(), "more than 1000 rows");
        assertThrows(RejectedException.class, () -> EnrolmentFile.read(new byte[EnrolmentFile.MAX_BYTES + 1], LOOKUPS));
    }

    @Test
    void aRecheckFindsWhatChangedSinceThePreview() {
        List<EnrolmentFile.Row> rows = read("name,email\nAda Lovelace,ada@example.org\nBo Brown,bo@example.org\n");
        var later = new EnrolmentFile.Lookups(Set.of("bo@example.org")::contains, name -> Optional.empty());
        List<EnrolmentFile.Row> now = EnrolmentFile.recheck(rows, later);
        assertTrue(now.get(0).isValid());
        assertProblem(now.get(1), 3, "exists already");
    }

    private static void assertProblem(EnrolmentFile.Row row, long line, String problem) {
        assertEquals(line, row.line());
        assertTrue(row.problems().stream().anyMatch(p -> p.contains(problem)), () -> "line " + line + ": " + row.problems());
    }

    private static void assertRefused(String csv, String message) {
        RejectedException refused = assertThrows(RejectedException.class, () -> read(csv));
        assertTrue(refused.getMessage().contains(message), refused.getMessage());
    }
}
