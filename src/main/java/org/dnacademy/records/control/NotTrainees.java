package org.dnacademy.records.control;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

/**
 * The accounts that are not trainees (supervisors and administrators: a few hundred at most). A
 * count over every trainee is taken over every account and theirs subtracted, which reads an index
 * rather than joining each row with the account table.
 */
final class NotTrainees {

    private static final int PER_STATEMENT = 500;

    private NotTrainees() {
    }

    /** Their ids, in lists short enough for one {@code IN} each. */
    static List<List<Long>> ids(EntityManager em) {
        List<Long> ids = em.createQuery("SELECT t.id FROM Account t WHERE t.role <> org.dnacademy.identity.entity.Role.TRAINEE", Long.class)
                .getResultList();
        List<List<Long>> parts = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += PER_STATEMENT) {
            parts.add(new ArrayList<>(ids.subList(i, Math.min(ids.size(), i + PER_STATEMENT))));
        }
        return parts;
    }
}
