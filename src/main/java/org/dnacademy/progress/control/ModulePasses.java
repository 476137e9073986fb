package org.dnacademy.progress.control;

import java.util.HashSet;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.dnacademy.progress.entity.ModulePass;

/** Which modules a trainee has passed. The quiz records passes; prerequisites and the catalog read them. */
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
        em.persist(pass);
    }
}
