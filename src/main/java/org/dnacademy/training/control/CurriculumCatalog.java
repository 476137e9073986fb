package org.dnacademy.training.control;

import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.persistence.jpa.JpaEntityManager;

import org.dnacademy.platform.NotFoundException;
import org.dnacademy.training.entity.ModuleImage;
import org.dnacademy.training.entity.ModuleVersion;

/** The published curriculum: current module versions, their lessons and images, and past versions. Reads only: in the caller's transaction if there is one, else in none. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CurriculumCatalog {

    @PersistenceContext
    EntityManager em;

    /**
     * A newly loaded curriculum is current from the moment its transaction commits: the cached
     * answers to "which versions are current" are dropped then (see {@link ModuleVersion}).
     */
    public void forgetCurrent(@Observes(during = TransactionPhase.AFTER_SUCCESS) CurriculumLoaded loaded) {
        em.unwrap(JpaEntityManager.class).getServerSession().getIdentityMapAccessor().clearQueryCache();
    }

    public List<ModuleVersion> currentModules() {
        return em.createNamedQuery(ModuleVersion.CURRENT, ModuleVersion.class).getResultList();
    }

    public Optional<ModuleVersion> findCurrent(String moduleKey) {
        return em.createNamedQuery(ModuleVersion.CURRENT_BY_KEY, ModuleVersion.class)
                .setParameter("key", moduleKey)
                .getResultStream()
                .findFirst();
    }

    public ModuleVersion current(String moduleKey) {
        return findCurrent(moduleKey).orElseThrow(() -> new NotFoundException("module " + moduleKey));
    }


    public Optional<ModuleImage> currentImage(String moduleKey, String fileName) {
        return em.createNamedQuery(ModuleImage.CURRENT_BY_NAME, ModuleImage.class)
                .setParameter("module", moduleKey)
                .setParameter("file", fileName)
                .getResultStream()
                .findFirst();
    }

    /** Every version of a module ever loaded, oldest first. */
    public List<ModuleVersion> versions(String moduleKey) {
        return em.createNamedQuery(ModuleVersion.ALL_VERSIONS, ModuleVersion.class)
                .setParameter("key", moduleKey)
                .getResultList();
    }
}
