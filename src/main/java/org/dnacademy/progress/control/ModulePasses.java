package org.dnacademy.progress.control;

import java.util.HashSet;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.dnacademy.identity.entity.Account;
import org.dnacademy.progress.entity.ModulePass;
import org.dnacademy.training.control.CurriculumLoaded;

/**
 * Which modules a trainee has passed. The quiz records passes; prerequisites and the catalog read them.
 *
 * <p>Beside the passes it keeps {@code modules_passed}: how many of the current modules each trainee
 * has passed, for the records dashboard's sort by progress and its overdue filter. It is counted
 * again with every pass, under the trainee's row lock so that two passes at once count one after
 * the other, and for everyone in the transaction of a curriculum load that changes the current modules.
 */
@Stateless
public class ModulePasses {

    @PersistenceContext
    EntityManager em;

    public Set<String> passedModuleKeys(long accountId) {
        return new HashSet<>(em.createNamedQuery(ModulePass.MODULE_KEYS_BY_ACCOUNT, String.class)
                .setParameter("account", accountId)
                .getResultList());
    }

    /** When the trainee first passed each module. */
    public java.util.Map<String, java.time.Instant> firstPassed(long accountId) {
        java.util.Map<String, java.time.Instant> first = new java.util.HashMap<>();
        for (Object[] row : em.createQuery("SELECT p.moduleKey, MIN(p.passedAt) FROM ModulePass p WHERE p.accountId = :account "
                + "GROUP BY p.moduleKey", Object[].class).setParameter("account", accountId).getResultList()) {
            first.put((String) row[0], toInstant(row[1]));
        }
        return first;
    }

    /** {@link #firstPassed} for many trainees in one statement; a trainee who passed nothing has no entry. */
    public java.util.Map<Long, java.util.Map<String, java.time.Instant>> firstPassedBy(java.util.Collection<Long> accountIds) {
        java.util.Map<Long, java.util.Map<String, java.time.Instant>> first = new java.util.HashMap<>();
        if (accountIds.isEmpty()) {
            return first;
        }
        for (Object[] row : em.createQuery("SELECT p.accountId, p.moduleKey, MIN(p.passedAt) FROM ModulePass p WHERE p.accountId IN :accounts "
                + "GROUP BY p.accountId, p.moduleKey", Object[].class).setParameter("accounts", accountIds).getResultList()) {
            first.computeIfAbsent(((Number) row[0]).longValue(), id -> new java.util.HashMap<>()).put((String) row[1], toInstant(row[2]));
        }
        return first;
    }

    private static java.time.Instant toInstant(Object value) {
        return value instanceof java.sql.Timestamp timestamp ? timestamp.toInstant() : (java.time.Instant) value;
    }

    public void record(ModulePass pass) {
        long accountId = pass.getAccountId();
        em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        em.persist(pass);
        em.flush();
        long passed = ((Number) em.createNativeQuery("SELECT COUNT(DISTINCT p.module_key) FROM module_pass p, module_version v "
                + "WHERE p.account_id = ?1 AND v.module_key = p.module_key AND v.is_current = TRUE").setParameter(1, accountId)
                .getSingleResult()).longValue();
        int updated = em.createNativeQuery("UPDATE modules_passed SET passed_count = ?1 WHERE account_id = ?2")
                .setParameter(1, passed).setParameter(2, accountId).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO modules_passed (account_id, passed_count) VALUES (?1, ?2)")
                    .setParameter(1, accountId).setParameter(2, passed).executeUpdate();
        }
    }

    /** Counts everyone's passes again when a load changed the current modules. */
    public void curriculumLoaded(@Observes CurriculumLoaded loaded) {
        if (!loaded.result().changed()) {
            return;
        }
        em.flush();
        em.createNativeQuery("DELETE FROM modules_passed").executeUpdate();
        em.createNativeQuery("INSERT INTO modules_passed (account_id, passed_count) SELECT p.account_id, COUNT(DISTINCT p.module_key) "
                + "FROM module_pass p, module_version v WHERE v.module_key = p.module_key AND v.is_current = TRUE GROUP BY p.account_id")
                .executeUpdate();
    }
}
