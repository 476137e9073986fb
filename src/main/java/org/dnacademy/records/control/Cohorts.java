package org.dnacademy.records.control;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.dnacademy.audit.AuditAction;
import org.dnacademy.audit.AuditLog;
import org.dnacademy.identity.control.Accounts;
import org.dnacademy.identity.entity.Account;
import org.dnacademy.identity.entity.Role;
import org.dnacademy.platform.NotFoundException;
import org.dnacademy.platform.RejectedException;
import org.dnacademy.records.entity.Cohort;
import org.dnacademy.records.entity.CohortMember;
import org.dnacademy.records.entity.CohortRole;
import org.dnacademy.training.control.RequirementProfiles;

/**
 * Cohorts and who may see whom: an administrator sees every trainee; a supervisor sees the trainees
 * of the cohorts they supervise, and nobody else (every view, export and address checks here).
 */
@Stateless
public class Cohorts {

    @PersistenceContext
    EntityManager em;

    @Inject
    RequirementProfiles requirementProfiles;

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public List<Cohort> all() {
        return em.createNamedQuery(Cohort.ALL, Cohort.class).getResultList();
    }

    public Cohort get(long id) {
        return Optional.ofNullable(em.find(Cohort.class, id)).orElseThrow(() -> new NotFoundException("cohort " + id));
    }

    public Cohort create(String actor, String written, LocalDate dueDate) {
        if (written == null || written.isBlank()) {
            throw new RejectedException("Give the cohort a name.");
        }
        String name = org.dnacademy.platform.Text.line(written, "The cohort name");
        if (name.strip().length() > Cohort.NAME_LENGTH) {
            throw new RejectedException("Keep the cohort name under " + Cohort.NAME_LENGTH + " characters.");
        }
        if (!em.createNamedQuery(Cohort.BY_NAME, Cohort.class).setParameter("name", name.strip()).getResultList().isEmpty()) {
            throw new RejectedException("A cohort with this name exists already.");
        }
        var cohort = new Cohort(name, dueDate, clock.instant());
        em.persist(cohort);
        em.flush();
        audit.record(actor, AuditAction.COHORT_CHANGED, "cohort " + cohort.getId(), "created " + cohort.getName());
        return cohort;
    }

    /**
     * Sets what the cohort asks of its trainees beyond the programme: the requirement profile it
     * works towards (an id of {@code modules/requirements/}, or none) and the minutes of engaged
     * reading per module before a quiz opens (or none).
     */
    public Cohort require(String actor, long cohortId, String profileKey, Integer minReadingMinutes) {
        String key = profileKey == null || profileKey.isBlank() ? null : profileKey.strip();
        if (key != null && requirementProfiles.find(key).isEmpty()) {
            throw new RejectedException("Choose one of the requirement profiles listed, or none.");
        }
        Cohort cohort = get(cohortId);
        cohort.require(key, minReadingMinutes);
        em.flush();
        audit.record(actor, AuditAction.COHORT_CHANGED, "cohort " + cohortId, "requires profile " + (key == null ? "none" : key)
                + ", minimum reading " + (cohort.getMinReadingMinutes() == null ? "none" : cohort.getMinReadingMinutes() + " min per module"));
        return cohort;
    }

    /** Adds a trainee (an account with the trainee role) or a supervisor (a supervisor or administrator). */
    public void addMember(String actor, long cohortId, String email, CohortRole role) {
        Cohort cohort = get(cohortId);
        Account account = accounts.findByEmail(email)
                .orElseThrow(() -> new RejectedException("No account has the e-mail address " + email + "."));
        boolean fits = role == CohortRole.TRAINEE ? account.getRole() == Role.TRAINEE : account.getRole() != Role.TRAINEE;
        if (!fits) {
            throw new RejectedException(account.getDisplayName() + " is " + account.getRole().getLabel().toLowerCase()
                    + " and cannot be added as " + (role == CohortRole.TRAINEE ? "a trainee" : "a supervisor") + ".");
        }
        if (em.find(CohortMember.class, new CohortMember.Key(cohortId, account.getId(), role)) != null) {
            throw new RejectedException(account.getDisplayName() + " is already in " + cohort.getName() + ".");
        }
        em.persist(new CohortMember(cohortId, account.getId(), role, clock.instant()));
        audit.record(actor, AuditAction.COHORT_CHANGED, "cohort " + cohortId, "added " + role + " " + account.getEmail());
    }

    public void removeMember(String actor, long cohortId, long accountId, CohortRole role) {
        CohortMember member = em.find(CohortMember.class, new CohortMember.Key(cohortId, accountId, role));
        if (member == null) {
            throw new NotFoundException("member");
        }
        em.remove(member);
        audit.record(actor, AuditAction.COHORT_CHANGED, "cohort " + cohortId, "removed " + role + " account " + accountId);
    }

    public List<CohortMember> members(long cohortId) {
        return em.createNamedQuery(CohortMember.OF_COHORT, CohortMember.class).setParameter("cohort", cohortId).getResultList();
    }

    /** The cohorts this person may look into: all for administrators, their own for supervisors. */
    public List<Cohort> visibleTo(Account viewer) {
        if (viewer.getRole() == Role.ADMIN) {
            return all();
        }
        if (viewer.getRole() != Role.SUPERVISOR) {
            return List.of();
        }
        Set<Long> ids = new HashSet<>(em.createNamedQuery(CohortMember.COHORTS_SUPERVISED_BY, Long.class)
                .setParameter("account", viewer.getId()).getResultList());
        return all().stream().filter(c -> ids.contains(c.getId())).toList();
    }

    /** Whether the viewer may see this trainee's records. */
    public boolean maySee(Account viewer, long traineeId) {
        if (viewer.getRole() == Role.ADMIN) {
            return true;
        }
        return viewer.getRole() == Role.SUPERVISOR && em.createNamedQuery(CohortMember.SUPERVISES_TRAINEE, Long.class)
                .setParameter("supervisor", viewer.getId()).setParameter("trainee", traineeId).getSingleResult() > 0;
    }


    /** Which of these trainees the viewer may see, in one query. */
    public Set<Long> visibleAmong(Account viewer, List<Long> traineeIds) {
        if (traineeIds.isEmpty() || viewer.getRole() == Role.ADMIN) {
            return new HashSet<>(traineeIds);
        }
        if (viewer.getRole() != Role.SUPERVISOR) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("SELECT DISTINCT m.accountId FROM CohortMember m WHERE m.accountId IN :trainees "
                + "AND m.role = org.dnacademy.records.entity.CohortRole.TRAINEE AND m.cohortId IN (SELECT s.cohortId FROM CohortMember s "
                + "WHERE s.accountId = :supervisor AND s.role = org.dnacademy.records.entity.CohortRole.SUPERVISOR)", Long.class)
                .setParameter("trainees", traineeIds).setParameter("supervisor", viewer.getId()).getResultList());
    }

    /** A trainee's cohorts as the records show them: names, in order, and the earliest due date. */
    public record Membership(List<String> names, LocalDate dueDate) {
        static final Membership NONE = new Membership(List.of(), null);
    }

    /** {@link #cohortNamesOf} and {@link #dueDateOf} for many trainees in one statement. */
    public java.util.Map<Long, Membership> membershipsOf(java.util.Collection<Long> traineeIds) {
        java.util.Map<Long, List<Object[]>> rows = new java.util.HashMap<>();
        if (!traineeIds.isEmpty()) {
            for (Object[] row : em.createQuery("SELECT m.accountId, c.name, c.dueDate FROM Cohort c, CohortMember m WHERE m.cohortId = c.id "
                    + "AND m.accountId IN :trainees AND m.role = org.dnacademy.records.entity.CohortRole.TRAINEE ORDER BY c.name", Object[].class)
                    .setParameter("trainees", traineeIds).getResultList()) {
                rows.computeIfAbsent(((Number) row[0]).longValue(), id -> new java.util.ArrayList<>()).add(row);
            }
        }
        java.util.Map<Long, Membership> memberships = new java.util.HashMap<>();
        for (Long id : traineeIds) {
            List<Object[]> own = rows.getOrDefault(id, List.of());
            memberships.put(id, own.isEmpty() ? Membership.NONE : new Membership(own.stream().map(r -> (String) r[1]).toList(),
                    own.stream().map(r -> (LocalDate) r[2]).filter(java.util.Objects::nonNull).min(LocalDate::compareTo).orElse(null)));
        }
        return memberships;
    }

    /** Names of the cohorts a trainee belongs to. */
    public List<String> cohortNamesOf(long traineeId) {
        return em.createQuery("SELECT c.name FROM Cohort c, CohortMember m WHERE m.cohortId = c.id AND m.accountId = :trainee "
                + "AND m.role = org.dnacademy.records.entity.CohortRole.TRAINEE ORDER BY c.name", String.class)
                .setParameter("trainee", traineeId).getResultList();
    }

    /** The supervisors of every cohort the trainee belongs to. */
    public List<Long> supervisorsOf(long traineeId) {
        return em.createQuery("SELECT DISTINCT s.accountId FROM CohortMember s, CohortMember t WHERE t.accountId = :trainee "
                + "AND t.role = org.dnacademy.records.entity.CohortRole.TRAINEE AND s.cohortId = t.cohortId "
                + "AND s.role = org.dnacademy.records.entity.CohortRole.SUPERVISOR", Long.class)
                .setParameter("trainee", traineeId).getResultList();
    }

    /** The trainee's cohorts, by name. */
    public List<Cohort> cohortsOf(long traineeId) {
        return em.createQuery("SELECT c FROM Cohort c, CohortMember m WHERE m.cohortId = c.id AND m.accountId = :trainee "
                + "AND m.role = org.dnacademy.records.entity.CohortRole.TRAINEE ORDER BY c.name", Cohort.class)
                .setParameter("trainee", traineeId).getResultList();
    }

    /** The earliest due date of the trainee's cohorts, if any has one. */
    public Optional<LocalDate> dueDateOf(long traineeId) {
        return em.createQuery("SELECT MIN(c.dueDate) FROM Cohort c, CohortMember m WHERE m.cohortId = c.id "
                + "AND m.accountId = :trainee AND m.role = org.dnacademy.records.entity.CohortRole.TRAINEE", LocalDate.class)
                .setParameter("trainee", traineeId).getResultStream().filter(java.util.Objects::nonNull).findFirst();
    }
}
