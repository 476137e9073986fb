package org.dnacademy.records.control;

import java.util.List;
import java.util.Optional;

import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.dnacademy.audit.AuditAction;
import org.dnacademy.audit.AuditLog;
import org.dnacademy.identity.control.Accounts;
import org.dnacademy.identity.entity.Account;
import org.dnacademy.identity.entity.Role;
import org.dnacademy.platform.RejectedException;
import org.dnacademy.records.entity.Cohort;
import org.dnacademy.records.entity.CohortRole;

/**
 * Enrolling people: an administrator creates accounts (name, e-mail, role, cohort) one at a time or
 * from a CSV file ({@link EnrolmentFile}). A file is first previewed, with every row's problems by
 * line, and nothing is stored; on confirmation the valid rows are checked again and stored <b>all in
 * one transaction, or none</b>: if any of them fails now (someone registered the address meanwhile,
 * a cohort was renamed), nothing is stored and the new problems are shown. Rows that had problems in
 * the preview are never stored. Each new account gets its invitation (a link to choose a password),
 * joins its cohort (supervisors and administrators as its supervisors), and is recorded in the audit
 * trail, as is the upload.
 */
@Stateless
public class Enrolment {

    @Inject
    Accounts accounts;

    @Inject
    Cohorts cohorts;

    @Inject
    AuditLog audit;

    @PersistenceContext
    EntityManager em;

    /** The rows of a file, checked against the accounts and cohorts there are now; nothing is stored. */
    public List<EnrolmentFile.Row> preview(byte[] file) {
        return EnrolmentFile.read(file, lookups());
    }

    /**
     * Stores the valid rows of a preview, all or none.
     *
     * @return the accounts created, in the file's order
     * @throws Changed when a row that was valid in the preview is not any more; nothing was stored
     */
    public List<Account> enrol(String actorEmail, String fileName, List<EnrolmentFile.Row> previewed) {
        List<EnrolmentFile.Row> valid = previewed.stream().filter(EnrolmentFile.Row::isValid).toList();
        if (valid.isEmpty()) {
            throw new RejectedException("No row of the file can be stored: correct the rows listed and upload it again.");
        }
        List<EnrolmentFile.Row> now = EnrolmentFile.recheck(valid, lookups());
        if (now.stream().anyMatch(row -> !row.isValid())) {
            throw new Changed(now);
        }
        List<Account> created = now.stream().map(row -> create(actorEmail, row, "from " + fileName + " line " + row.line())).toList();
        audit.record(actorEmail, AuditAction.ACCOUNTS_UPLOADED, fileName, created.size() + " accounts from " + previewed.size() + " rows");
        return created;
    }

    /** One person, from the form: the same checks as a row of a file. */
    public Account enrolOne(String actorEmail, String name, String email, String role, String cohortName) {
        EnrolmentFile.Row row = EnrolmentFile.recheck(List.of(new EnrolmentFile.Row(1, strip(name), strip(email), strip(role),
                strip(cohortName), List.of())), lookups()).get(0);
        if (!row.isValid()) {
            throw new RejectedException(String.join(" ", row.problems()));
        }
        return create(actorEmail, row, null);
    }

    private Account create(String actorEmail, EnrolmentFile.Row row, String how) {
        Role role = row.chosenRole().orElseThrow();
        String cohort = row.cohort().isEmpty() ? null : row.cohort();
        Account account = accounts.invite(actorEmail, row.email(), row.name(), role, cohort, how);
        if (cohort != null) {
            Cohort joined = cohortNamed(cohort).orElseThrow(() -> new RejectedException("No cohort is named " + cohort + "."));
            cohorts.addMember(actorEmail, joined.getId(), account.getEmail(), role == Role.TRAINEE ? CohortRole.TRAINEE : CohortRole.SUPERVISOR);
        }
        return account;
    }

    private EnrolmentFile.Lookups lookups() {
        return new EnrolmentFile.Lookups(email -> accounts.findByEmail(email).isPresent(), name -> cohortNamed(name).map(Cohort::getName));
    }

    private Optional<Cohort> cohortNamed(String name) {
        return em.createNamedQuery(Cohort.BY_NAME, Cohort.class).setParameter("name", name.strip()).getResultStream().findFirst();
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    /** The rows, checked again at confirmation, of which at least one is no longer valid; nothing was stored. */
    @ApplicationException(rollback = true)
    public static class Changed extends RuntimeException {

        private final transient List<EnrolmentFile.Row> rows;

        public Changed(List<EnrolmentFile.Row> rows) {
            super("rows changed since the preview");
            this.rows = rows;
        }

        public List<EnrolmentFile.Row> rows() {
            return rows;
        }
    }
}
