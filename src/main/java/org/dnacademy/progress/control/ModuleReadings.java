package org.dnacademy.progress.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.dnacademy.training.control.CurriculumLoaded;
import org.dnacademy.training.entity.ModuleVersion;

/**
 * How many lessons of each current module version a trainee has read in its wording, kept in
 * {@code module_reading} (one row per trainee and current version with at least one lesson read),
 * so that the records dashboard's "not started", "in progress" and "ready for the quiz" filters read
 * one row per trainee and module instead of probing every lesson of it. The rule itself stays in
 * {@link Progress}: a lesson counts as read in a version whose lesson has the same slug and content.
 *
 * <p>The count is written again whenever the trainee reads a lesson ({@link Progress#lessonRead},
 * which holds the trainee's row lock), and counted from the lesson completions for every version
 * that becomes current when the curriculum is published; rows of versions no longer current are
 * removed then. Both happen in the transaction that changes what the count depends on.
 */
@Stateless
public class ModuleReadings {

    @PersistenceContext
    EntityManager em;

    /** Stores that the trainee has read {@code lessonsRead} lessons of this current module version. */
    public void record(long accountId, ModuleVersion current, int lessonsRead) {
        int updated = em.createNativeQuery("UPDATE module_reading SET lessons_read = ?1 WHERE account_id = ?2 AND module_version_id = ?3")
                .setParameter(1, lessonsRead).setParameter(2, accountId).setParameter(3, current.getId()).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO module_reading (account_id, module_version_id, lessons_read) VALUES (?1, ?2, ?3)")
                    .setParameter(1, accountId).setParameter(2, current.getId()).setParameter(3, lessonsRead).executeUpdate();
        }
    }

    /** Counts every trainee's reading in the versions the load made current, and forgets retired ones. */
    public void curriculumLoaded(@Observes CurriculumLoaded loaded) {
        if (!loaded.result().changed()) {
            return;
        }
        em.flush();
        em.createNativeQuery("DELETE FROM module_reading WHERE module_version_id IN (SELECT v.id FROM module_version v WHERE v.is_current = FALSE)")
                .executeUpdate();
        for (String moduleKey : loaded.result().newlyCurrent()) {
            em.createNativeQuery("DELETE FROM module_reading WHERE module_version_id IN "
                    + "(SELECT v.id FROM module_version v WHERE v.is_current = TRUE AND v.module_key = ?1)").setParameter(1, moduleKey).executeUpdate();
            em.createNativeQuery("INSERT INTO module_reading (account_id, module_version_id, lessons_read) "
                    + "SELECT lc.account_id, l.module_version_id, COUNT(*) FROM lesson_completion lc, lesson l, module_version v "
                    + "WHERE v.is_current = TRUE AND v.module_key = ?1 AND l.module_version_id = v.id AND lc.module_key = v.module_key "
                    + "AND lc.lesson_slug = l.slug AND lc.content_hash = l.content_hash GROUP BY lc.account_id, l.module_version_id")
                    .setParameter(1, moduleKey).executeUpdate();
        }
    }
}
