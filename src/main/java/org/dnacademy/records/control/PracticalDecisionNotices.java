package org.dnacademy.records.control;

import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.dnacademy.notices.control.Notices;
import org.dnacademy.notices.entity.NoticeKind;
import org.dnacademy.progress.control.PracticalDecided;
import org.dnacademy.progress.entity.PracticalDecision;
import org.dnacademy.progress.entity.PracticalSession;

/**
 * Tells a trainee of each decision on their practice sessions: competent (approved), or not yet
 * competent or returned without assessment (returned), with the supervisor's comment. Posted in the
 * decision's own transaction, once per decision (a correction is a decision of its own, so the
 * trainee hears of it too). Both kinds are optional: the trainee can read every decision on the
 * practical page anyway.
 */
@Stateless
public class PracticalDecisionNotices {

    @PersistenceContext
    EntityManager em;

    @Inject
    Notices notices;

    public void tell(@Observes PracticalDecided decided) {
        PracticalDecision decision = em.find(PracticalDecision.class, decided.decisionId());
        PracticalSession session = decision.getSession();
        boolean competent = decision.isCompetent();
        String comment = decision.getComment() == null ? "" : decision.getComment();
        notices.post(decided.traineeId(), competent ? NoticeKind.PRACTICAL_APPROVED : NoticeKind.PRACTICAL_RETURNED,
                "practical-decision:" + decision.getId(), "/training/session.xhtml?session=" + session.getId(), Map.of(
                        "skill", session.getSkill().getTitle(),
                        "performedOn", session.getPerformedOn().toString(),
                        "supervisor", notices.nameOf(decision.getDecidedBy()),
                        "outcome", decision.getOutcome().getLabel(),
                        "correction", decision.getCorrectsId() == null ? "" : "This corrects an earlier assessment of the session.",
                        "comment", comment.isEmpty() ? "" : "Comment: " + comment));
    }
}
