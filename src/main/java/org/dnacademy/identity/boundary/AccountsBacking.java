package org.dnacademy.identity.boundary;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dnacademy.identity.control.Accounts;
import org.dnacademy.identity.entity.Account;
import org.dnacademy.identity.entity.Role;
import org.dnacademy.platform.Messages;
import org.dnacademy.platform.Pages;
import org.dnacademy.platform.NotFoundException;
import org.dnacademy.platform.RejectedException;

/** {@code admin/accounts.xhtml}: every account, and changing one account's role. */
@Named
@RequestScoped
public class AccountsBacking {

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesContext faces;

    @Inject
    org.dnacademy.identity.control.SignInThrottle signInThrottle;

    @Inject
    org.dnacademy.audit.AuditLog audit;

    private String inviteName;
    private String inviteEmail;
    private String inviteRole = Role.TRAINEE.name();
    private List<Account> all;
    /** The role chosen in each row's menu, by account id; starts at each account's current role. */
    private final Map<Long, String> chosenRoles = new HashMap<>();

    public List<Account> getAll() {
        if (all == null) {
            all = Pages.postedRows(faces, accounts::findById).map(this::fromPost).orElseGet(accounts::all);
            all.forEach(account -> chosenRoles.putIfAbsent(account.getId(), account.getRole().name()));
        }
        return all;
    }

    private List<Account> fromPost(Pages.Rows<Account> posted) {
        if (posted.stale()) {
            Messages.error(faces, Pages.STALE_ROWS);
        }
        return posted.rows();
    }

    public String getRowIds() {
        return Pages.rowIds(getAll().stream().map(Account::getId).toList());
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public Map<Long, String> getChosenRoles() {
        return chosenRoles;
    }

    public void changeRole(Long accountId) throws IOException {
        Role role = parseRole(chosenRoles.get(accountId));
        if (accountId == null || role == null) {
            Messages.error(faces, "Choose an account and a role.");
            return;
        }
        try {
            Account changed = accounts.changeRole(currentUser.getEmail(), accountId, role);
            Messages.afterRedirect(faces, changed.getDisplayName() + " is now " + changed.getRole().getLabel() + ".");
        } catch (NotFoundException e) {
            Messages.error(faces, "That account no longer exists.");
            return;
        } catch (RejectedException e) {
            Messages.error(faces, e.getMessage());
            return;
        }
        Pages.redirect(faces, "/admin/accounts.xhtml");
    }

    /** Creates an account for someone, who receives a link to choose their password. */
    public void invite() throws IOException {
        Role role = parseRole(inviteRole);
        if (role == null) {
            Messages.error(faces, "Choose the role of the new account.");
            return;
        }
        try {
            Account invited = accounts.invite(currentUser.getEmail(), inviteEmail, inviteName, role);
            Messages.afterRedirect(faces, "Invitation sent to " + invited.getEmail() + ".");
        } catch (RejectedException e) {
            Messages.error(faces, e.getMessage());
            return;
        }
        Pages.redirect(faces, "/admin/accounts.xhtml");
    }

    /** Lifts the sign-in delays failed attempts put on the account (its owner was locked out, say). */
    public void liftDelays(Long accountId) throws IOException {
        Account account = accountId == null ? null : accounts.findById(accountId).orElse(null);
        if (account == null) {
            Messages.error(faces, "That account no longer exists.");
            return;
        }
        int cleared = signInThrottle.lift(account.getEmail());
        audit.record(currentUser.getEmail(), org.dnacademy.audit.AuditAction.SIGN_IN_DELAYS_LIFTED, account.getEmail(),
                cleared + " counted attempts cleared");
        Messages.afterRedirect(faces, "Sign-in delays lifted for " + account.getDisplayName() + ".");
        Pages.redirect(faces, "/admin/accounts.xhtml");
    }

    public boolean delayed(Account account) {
        return signInThrottle.isDelayed(account.getEmail());
    }

    public String getInviteName() {
        return inviteName;
    }

    public void setInviteName(String inviteName) {
        this.inviteName = inviteName;
    }

    public String getInviteEmail() {
        return inviteEmail;
    }

    public void setInviteEmail(String inviteEmail) {
        this.inviteEmail = inviteEmail;
    }

    public String getInviteRole() {
        return inviteRole;
    }

    public void setInviteRole(String inviteRole) {
        this.inviteRole = inviteRole;
    }

    private static Role parseRole(String name) {
        try {
            return name == null ? null : Role.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
