package org.dnacademy.platform;

import java.time.Clock;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Reads and changes the settings administrators manage at run time, stored in the database. */
@Stateless
public class SiteSettings {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public Optional<String> find(String key) {
        return Optional.ofNullable(em.find(SiteSetting.class, key)).map(SiteSetting::getValue);
    }

    public void set(String key, String value, String changedBy) {
        SiteSetting existing = em.find(SiteSetting.class, key);
        if (existing == null) {
            em.persist(new SiteSetting(key, value, clock.instant(), changedBy));
        } else {
            existing.change(value, clock.instant(), changedBy);
        }
    }
}
