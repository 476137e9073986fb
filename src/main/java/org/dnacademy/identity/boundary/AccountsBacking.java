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

    private List<Account> all;
    /** The role chosen in each row's menu, by account id; starts at each account's current role. */
    private final Map<Long, String> chosenRoles = new HashMap<>();

    public List<Account> getAll() {
        if (all == null) {
            all = Pages.postedRowIds(faces)
                    .map(ids -> ids.stream().map(id -> accounts.findById(id).orElse(null)).filter(java.util.Objects::nonNull).toList())
                    .orElseGet(accounts::all);
            all.forEach(account -> chosenRoles.putIfAbsent(account.getId(), account.getRole().name()));
        }
        return all;
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

    private static Role parseRole(String name) {
        try {
            return name == null ? null : Role.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
