package org.dnacademy.identity.control;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.dnacademy.audit.AuditAction;
import org.dnacademy.audit.AuditLog;
import org.dnacademy.identity.entity.Account;
import org.dnacademy.identity.entity.ProfessionalDetails;
import org.dnacademy.platform.RejectedException;
import org.dnacademy.platform.Text;

/** People's declared professional standing (licence, dry needling experience): recorded, never changed, the latest stands. */
@Stateless
public class Professionals {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** What the person now declares; the earlier entries stay as history. */
    public ProfessionalDetails declare(Account person, String profession, String jurisdiction, String licenceNumber, LocalDate licensedSince,
            LocalDate dryNeedlingSince, Integer dryNeedlingSessions) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        String job = Text.requiredLine(profession, "Your profession", 120);
        String where = Text.requiredLine(jurisdiction, "Where you are licensed", 120);
        String number = Text.optionalLine(licenceNumber, "The licence number", 60);
        if (licensedSince == null) {
            throw new RejectedException("Give the date your licence was first issued.");
        }
        for (LocalDate date : new LocalDate[] {licensedSince, dryNeedlingSince}) {
            if (date != null && (date.isAfter(today) || date.isBefore(today.minusYears(70)))) {
                throw new RejectedException("Give dates between " + today.minusYears(70) + " and today.");
            }
        }
        if (dryNeedlingSessions != null && (dryNeedlingSessions < 0 || dryNeedlingSessions > 1_000_000)) {
            throw new RejectedException("Give the number of dry needling sessions you have performed, from 0.");
        }
        if (dryNeedlingSessions != null && dryNeedlingSessions > 0 && dryNeedlingSince == null) {
            throw new RejectedException("Give the date you started dry needling, as you have performed sessions.");
        }
        var details = new ProfessionalDetails(person.getId(), job, where, number, licensedSince, dryNeedlingSince, dryNeedlingSessions,
                person.getId(), clock.instant());
        em.persist(details);
        em.flush();
        audit.record(person.getEmail(), AuditAction.PROFESSIONAL_DETAILS_RECORDED, person.getEmail(), details.summary());
        return details;
    }

    /** The person's current declaration, if any. */
    public Optional<ProfessionalDetails> current(long accountId) {
        return history(accountId).stream().findFirst();
    }

    /** Every declaration of the person, newest first. */
    public List<ProfessionalDetails> history(long accountId) {
        return em.createNamedQuery(ProfessionalDetails.OF_ACCOUNT, ProfessionalDetails.class).setParameter("account", accountId)
                .getResultList();
    }

    /** The current declaration of each of these people that has one. */
    public Map<Long, ProfessionalDetails> currentOf(List<Long> accountIds) {
        Map<Long, ProfessionalDetails> current = new HashMap<>();
        for (int from = 0; from < accountIds.size(); from += 500) {
            em.createNamedQuery(ProfessionalDetails.OF_ACCOUNTS, ProfessionalDetails.class)
                    .setParameter("accounts", accountIds.subList(from, Math.min(accountIds.size(), from + 500))).getResultList()
                    .forEach(d -> current.putIfAbsent(d.getAccountId(), d));
        }
        return current;
    }
}
