package org.dnacademy.identity.boundary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

import org.dnacademy.audit.AuditAction;
import org.dnacademy.audit.AuditLog;
import org.dnacademy.identity.control.Accounts;
import org.dnacademy.identity.control.SignInThrottle;
import org.dnacademy.identity.entity.Account;
import org.dnacademy.identity.entity.Role;
import org.dnacademy.platform.Messages;
import org.dnacademy.platform.NotFoundException;
import org.dnacademy.platform.Pages;
import org.dnacademy.platform.Paged;
import org.dnacademy.platform.RejectedException;

/**
 * {@code admin/accounts.xhtml?q=...&page=...}: the accounts whose name or address contains the
 * search text, a page at a time (chosen and paged by the database); in each row the role, the sign-in
 * delays and whether the account is enabled. Every change is in the audit trail.
 */
@Named
@RequestScoped
public class AccountsBacking {

    public static final int PAGE_SIZE = 50;

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesContext faces;

    @Inject
    SignInThrottle signInThrottle;

    @Inject
    AuditLog audit;

    /** The search, from the address on a GET and from the form's hidden field of the same name on a post. */
    @Inject
    @Param(name = "q")
    private String q;

    @Inject
    @Param(name = "page")
    private String page;

    private Paged<Account> found;
    private List<Account> rows;
    /** The role chosen in each row's menu, by account id; starts at each account's current role. */
    private final Map<Long, String> chosenRoles = new HashMap<>();

    public List<Account> getAll() {
        if (rows == null) {
            rows = Pages.postedRows(faces, accounts::findById).map(this::fromPost).orElseGet(() -> getFound().rows());
            rows.forEach(account -> chosenRoles.putIfAbsent(account.getId(), account.getRole().name()));
        }
        return rows;
    }

    public Paged<Account> getFound() {
        if (found == null) {
            Long requested = Pages.id(page);
            found = accounts.search(getQ(), requested == null || requested > Integer.MAX_VALUE ? 1 : requested.intValue(), PAGE_SIZE);
        }
        return found;
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

    public void changeRole(Long accountId) {
        Role role = parseRole(chosenRoles.get(accountId));
        if (accountId == null || role == null) {
            Messages.error(faces, "Choose an account and a role.");
            return;
        }
        act(accountId, id -> {
            Account changed = accounts.changeRole(currentUser.getEmail(), id, role);
            return changed.getDisplayName() + " is now " + changed.getRole().getLabel() + ".";
        });
    }

    /** Disables the account: it cannot sign in and its sessions end now; its records stay. */
    public void disable(Long accountId) {
        act(accountId, id -> accounts.disable(currentUser.getEmail(), id).getDisplayName()
                + " is disabled: signed out everywhere, and cannot sign in. Their records are kept.");
    }

    public void enable(Long accountId) {
        act(accountId, id -> accounts.enable(currentUser.getEmail(), id).getDisplayName() + " can sign in again.");
    }

    /** Lifts the sign-in delays failed attempts put on the account (its owner was locked out, say). */
    public void liftDelays(Long accountId) {
        act(accountId, id -> {
            Account account = accounts.get(id);
            int cleared = signInThrottle.lift(account.getEmail());
            audit.record(currentUser.getEmail(), AuditAction.SIGN_IN_DELAYS_LIFTED, account.getEmail(), cleared + " counted attempts cleared");
            return "Sign-in delays lifted for " + account.getDisplayName() + ".";
        });
    }

    /** Only rows the page showed are acted on; the page comes back with the same search. */
    private void act(Long accountId, LongFunction<String> change) {
        if (accountId == null || getAll().stream().noneMatch(shown -> shown.getId().equals(accountId))) {
            Messages.error(faces, "That account is not in the list any more.");
            return;
        }
        try {
            Messages.afterRedirect(faces, change.apply(accountId));
        } catch (NotFoundException e) {
            Messages.error(faces, "That account no longer exists.");
            return;
        } catch (RejectedException e) {
            Messages.error(faces, e.getMessage());
            return;
        }
        Pages.redirect(faces, "/admin/accounts.xhtml" + query(getQ(), getFound().page()));
    }

    public boolean delayed(Account account) {
        return signInThrottle.isDelayed(account.getEmail());
    }

    /** The address of another page of the same search. */
    public String pageLink(int number) {
        return faces.getExternalContext().getRequestContextPath() + "/admin/accounts.xhtml" + query(getQ(), number);
    }

    private static String query(String q, int page) {
        return "?page=" + page + (q == null || q.isBlank() ? "" : "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    }

    public String getQ() {
        return q == null ? "" : q.length() > 120 ? q.substring(0, 120) : q;
    }

    private static Role parseRole(String name) {
        try {
            return name == null ? null : Role.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
