package org.dnacademy.trainee.boundary;

import java.io.IOException;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

import org.dnacademy.identity.boundary.CurrentUser;
import org.dnacademy.identity.control.Accounts;
import org.dnacademy.identity.entity.Account;
import org.dnacademy.platform.Messages;
import org.dnacademy.platform.Pages;
import org.dnacademy.platform.RejectedException;
import org.dnacademy.progress.boundary.AdverseEventForm;
import org.dnacademy.progress.control.PracticalSkills;
import org.dnacademy.progress.entity.AdverseEvent;
import org.dnacademy.progress.entity.PracticalSession;

/**
 * {@code training/session.xhtml?session=...}: one of the trainee's own practical sessions, its
 * assessments (each step as marked, who signed what) and adverse events, and the form to record
 * one. Anyone else's session is a 404.
 */
@Named
@RequestScoped
public class SessionBacking {

    @Inject
    PracticalSkills practicalSkills;

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesContext faces;

    @Inject
    @Param(name = "session")
    private String sessionParameter;

    private PracticalSession session;
    private final AdverseEventForm adverseEvent = new AdverseEventForm();

    /** The page's subject: a session of the signed-in trainee's own. */
    @PostConstruct
    void find() {
        Long id = Pages.id(sessionParameter);
        long viewer = currentUser.get().getId();
        session = id == null ? null : practicalSkills.findSession(id).filter(s -> s.getAccountId() == viewer).orElse(null);
    }

    public void load() {
        if (session == null) {
            Pages.notFound(faces);
        }
    }

    public void recordAdverseEvent() throws IOException {
        if (session == null) {
            Pages.notFound(faces);
            return;
        }
        try {
            practicalSkills.recordAdverseEvent(currentUser.get(), session, adverseEvent.grade(), adverseEvent.type(), adverseEvent.getDescription(),
                    adverseEvent.getActions(), adverseEvent.referral(), adverseEvent.corrects());
        } catch (RejectedException e) {
            Messages.error(faces, e.getMessage());
            return;
        }
        Messages.afterRedirect(faces, "Adverse event recorded; your supervisor can see it.");
        Pages.redirect(faces, "/training/session.xhtml?session=" + session.getId());
    }

    public PracticalSession getSession() {
        return session;
    }

    public String getRegionTitle() {
        return session == null || session.getRegionKey() == null ? null
                : practicalSkills.regionTitles().getOrDefault(session.getRegionKey(), session.getRegionKey());
    }

    public List<AdverseEvent> getAdverseEvents() {
        return session == null ? List.of()
                : practicalSkills.adverseEventsOf(session.getAccountId()).stream().filter(e -> e.getSession().getId().equals(session.getId())).toList();
    }

    public String decidedBy(long accountId) {
        return accounts.findById(accountId).map(Account::getDisplayName).orElse("account " + accountId);
    }

    public AdverseEventForm getAdverseEvent() {
        return adverseEvent;
    }
}
