package org.dnacademy.quiz.control;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.dnacademy.audit.AuditAction;
import org.dnacademy.audit.AuditLog;
import org.dnacademy.identity.control.Accounts;
import org.dnacademy.identity.control.TraineeScope;
import org.dnacademy.identity.entity.Account;
import org.dnacademy.identity.entity.Role;
import org.dnacademy.platform.NotFoundException;
import org.dnacademy.platform.RejectedException;
import org.dnacademy.platform.Text;
import org.dnacademy.quiz.entity.Accommodation;
import org.dnacademy.quiz.entity.Attempt;
import org.dnacademy.training.control.CurriculumCatalog;
import org.dnacademy.training.entity.ModuleVersion;

/**
 * Granting and applying accommodations. Only an administrator, or a supervisor of the trainee's
 * cohort, may grant one, always with a reason; each grant and withdrawal is audited.
 */
@Stateless
public class Accommodations {

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    TraineeScope scope;

    @Inject
    CurriculumCatalog curriculum;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public List<Accommodation> of(long traineeId) {
        return em.createNamedQuery(Accommodation.OF_TRAINEE, Accommodation.class).setParameter("account", traineeId).getResultList();
    }

    List<Accommodation> forModule(long traineeId, String moduleKey) {
        return em.createNamedQuery(Accommodation.FOR_MODULE, Accommodation.class).setParameter("account", traineeId)
                .setParameter("module", moduleKey).getResultList();
    }

    /**
     * @param minutes extra minutes for {@link Accommodation.Kind#EXTRA_TIME}; ignored otherwise
     * @throws NotFoundException when the trainee is not one the granter may see
     */
    public Accommodation grant(Account granter, long traineeId, String moduleKey, Accommodation.Kind kind, Integer minutes,
            String writtenReason) {
        Account trainee = accounts.findById(traineeId).filter(t -> t.getRole() == Role.TRAINEE)
                .filter(t -> granter.getRole() != Role.TRAINEE && scope.maySee(granter, traineeId))
                .orElseThrow(() -> new NotFoundException("trainee " + traineeId));
        ModuleVersion module = curriculum.findCurrent(moduleKey == null ? "" : moduleKey)
                .orElseThrow(() -> new RejectedException("Choose the module the accommodation is for."));
        String reason = writtenReason == null ? "" : Text.lines(writtenReason, "The reason");
        if (reason.isEmpty()) {
            throw new RejectedException("Give the reason for the accommodation; it is kept with the trainee's record.");
        }
        if (reason.length() > Accommodation.REASON_LENGTH) {
            throw new RejectedException("Keep the reason under " + Accommodation.REASON_LENGTH + " characters.");
        }
        Instant now = clock.instant();
        Accommodation accommodation;
        if (kind == Accommodation.Kind.EXTRA_TIME) {
            if (module.getTimeLimitMinutes() == null) {
                throw new RejectedException(module.getTitle() + " has no time limit, so extra time does not apply.");
            }
            if (minutes == null) {
                throw new RejectedException("Say how many extra minutes each attempt gets.");
            }
            accommodation = Accommodation.extraTime(traineeId, module.getModuleKey(), minutes, reason, granter.getId(), now);
        } else if (kind == Accommodation.Kind.EXTRA_ATTEMPT) {
            accommodation = Accommodation.extraAttempt(traineeId, module.getModuleKey(), reason, granter.getId(), now);
        } else {
            throw new RejectedException("Choose extra time or an extra attempt.");
        }
        em.persist(accommodation);
        em.flush();
        audit.record(granter.getEmail(), AuditAction.ACCOMMODATION_GRANTED, trainee.getEmail(), module.getModuleKey() + ": "
                + kind.getLabel() + (minutes == null || kind != Accommodation.Kind.EXTRA_TIME ? "" : " " + minutes + " min") + ". " + reason);
        return accommodation;
    }

    public void withdraw(Account granter, long accommodationId) {
        Accommodation accommodation = Optional.ofNullable(em.find(Accommodation.class, accommodationId))
                .filter(a -> granter.getRole() != Role.TRAINEE && scope.maySee(granter, a.getAccountId()))
                .orElseThrow(() -> new NotFoundException("accommodation " + accommodationId));
        accommodation.withdraw(clock.instant());
        audit.record(granter.getEmail(), AuditAction.ACCOMMODATION_WITHDRAWN, "accommodation " + accommodationId,
                accommodation.getModuleKey() + ": " + accommodation.getKind().getLabel());
    }

    /** Extra minutes each new attempt at the module gets: the largest extra time in force. */
    public int extraMinutes(long traineeId, String moduleKey) {
        return forModule(traineeId, moduleKey).stream()
                .filter(a -> a.getKind() == Accommodation.Kind.EXTRA_TIME && a.isInForce())
                .mapToInt(Accommodation::getExtraMinutes).max().orElse(0);
    }

    /** Extra attempts granted since the trainee last passed (withdrawn ones do not count). */
    public int extraAttempts(long traineeId, String moduleKey, List<Attempt> attempts) {
        Instant lastPass = attempts.stream().filter(Attempt::isPassed).map(Attempt::getSubmittedAt).max(Instant::compareTo)
                .orElse(Instant.MIN);
        return (int) forModule(traineeId, moduleKey).stream()
                .filter(a -> a.getKind() == Accommodation.Kind.EXTRA_ATTEMPT && a.getWithdrawnAt() == null)
                .filter(a -> a.getGrantedAt().isAfter(lastPass)).count();
    }

    /** Records which attempt used an extra attempt, when the module's own allowance was spent. */
    public void recordUse(long traineeId, String moduleKey, Attempt attempt, int attemptsSinceLastPass, int baseAllowance) {
        if (attemptsSinceLastPass < baseAllowance) {
            return;
        }
        forModule(traineeId, moduleKey).stream()
                .filter(a -> a.getKind() == Accommodation.Kind.EXTRA_ATTEMPT && a.isInForce())
                .findFirst().ifPresent(a -> a.usedBy(attempt.getId()));
    }
}
