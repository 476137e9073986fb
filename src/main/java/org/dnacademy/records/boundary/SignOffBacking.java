package org.dnacademy.records.boundary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dnacademy.identity.boundary.CurrentUser;
import org.dnacademy.identity.control.Accounts;
import org.dnacademy.identity.entity.Account;
import org.dnacademy.platform.Messages;
import org.dnacademy.platform.NotFoundException;
import org.dnacademy.platform.Pages;
import org.dnacademy.platform.RejectedException;
import org.dnacademy.progress.control.PracticalSkills;
import org.dnacademy.progress.entity.PracticalSession;
import org.dnacademy.records.control.SignOffs;

/** {@code records/practical.xhtml}: approve or return the practical sessions of one's trainees. */
@Named
@RequestScoped
public class SignOffBacking {

    @Inject
    SignOffs signOffs;

    @Inject
    PracticalSkills practicalSkills;

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesContext faces;

    private List<PracticalSession> sessions;
    private Map<Long, Account> people;
    private final Map<Long, String> comments = new HashMap<>();

    public List<PracticalSession> getSessions() {
        if (sessions == null) {
            Account viewer = currentUser.get();
            sessions = Pages.postedRows(faces, id -> signOffs.findVisible(viewer, id)).map(posted -> {
                if (posted.stale()) {
                    Messages.error(faces, Pages.STALE_ROWS);
                }
                return posted.rows();
            }).orElseGet(() -> signOffs.visibleTo(viewer));
        }
        return sessions;
    }

    public String getRowIds() {
        return Pages.rowIds(getSessions().stream().map(PracticalSession::getId).toList());
    }

    public Account trainee(long accountId) {
        if (people == null) {
            people = accounts.all().stream().collect(Collectors.toMap(Account::getId, Function.identity()));
        }
        return people.get(accountId);
    }

    public void approve(long sessionId) {
        decide(sessionId, true);
    }

    public void sendBack(long sessionId) {
        decide(sessionId, false);
    }

    private void decide(long sessionId, boolean approve) {
        try {
            signOffs.decide(currentUser.get(), sessionId, approve, comments.get(sessionId));
        } catch (NotFoundException e) {
            Messages.error(faces, "That session is not one you can sign off.");
            return;
        } catch (RejectedException e) {
            Messages.error(faces, e.getMessage());
            return;
        }
        Messages.afterRedirect(faces, approve ? "Session approved." : "Session returned to the trainee with your comment.");
        Pages.redirect(faces, "/records/practical.xhtml");
    }

    public Map<Long, String> getComments() {
        return comments;
    }
}
