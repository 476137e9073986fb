package org.dnacademy.identity.boundary;

import java.security.Principal;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import org.dnacademy.identity.control.Accounts;
import org.dnacademy.identity.entity.Account;
import org.dnacademy.identity.entity.Role;

/** The signed-in person, for pages ({@code #{currentUser}}) and beans. Read once per request. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    Accounts accounts;

    private Optional<Account> account;

    public Optional<Account> account() {
        if (account == null) {
            Principal principal = security.getCallerPrincipal();
            account = principal == null ? Optional.empty() : accounts.findByEmail(principal.getName());
        }
        return account;
    }

    public Account get() {
        return account().orElseThrow(() -> new IllegalStateException("nobody is signed in"));
    }

    public boolean isSignedIn() {
        return account().isPresent();
    }

    public String getDisplayName() {
        return account().map(Account::getDisplayName).orElse("");
    }

    public String getEmail() {
        return account().map(Account::getEmail).orElse("");
    }

    /** Decided from the stored role, not the session's groups, so a role change shows at once. */
    public boolean is(Role role) {
        return account().map(a -> a.getRole() == role).orElse(false);
    }

    public boolean isTrainee() {
        return is(Role.TRAINEE);
    }

    public boolean isSupervisor() {
        return is(Role.SUPERVISOR) || is(Role.ADMIN);
    }

    public boolean isAdmin() {
        return is(Role.ADMIN);
    }
}
