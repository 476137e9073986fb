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

    public void record(ModulePass pass) {
        em.persist(pass);
    }
}
