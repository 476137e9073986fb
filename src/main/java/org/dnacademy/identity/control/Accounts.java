package org.dnacademy.identity.control;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.dnacademy.audit.AuditAction;
import org.dnacademy.audit.AuditLog;
import org.dnacademy.identity.entity.Account;
import org.dnacademy.identity.entity.Role;
import org.dnacademy.platform.NotFoundException;
import org.dnacademy.platform.RejectedException;

/** Creating accounts, checking and changing passwords, and changing roles. */
@Stateless
public class Accounts {

    /** Deliberately simple: one @, something on each side, a dot in the domain, no blanks. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public Optional<Account> findByEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Account.normaliseEmail(email))
                .getResultStream()
                .findFirst();
    }

    public Optional<Account> findById(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    public Account get(long id) {
        return Optional.ofNullable(em.find(Account.class, id))
                .orElseThrow(() -> new NotFoundException("account " + id));
    }

    public List<Account> all() {
        return em.createNamedQuery(Account.ALL, Account.class).getResultList();
    }

    public long countWithRole(Role role) {
        return em.createNamedQuery(Account.COUNT_BY_ROLE, Long.class).setParameter("role", role).getSingleResult();
    }

    /** Registers a trainee. */
    public Account register(String email, String displayName, String password) {
        return create(email, displayName, password, Role.TRAINEE, AuditAction.ACCOUNT_REGISTERED);
    }

    /** Creates an account with any role; registration and the first administrator go through here. */
    public Account create(String email, String displayName, String password, Role role, AuditAction action) {
        String normalisedEmail = checkEmail(email);
        String name = checkName(displayName);
        PasswordPolicy.problemWith(password, normalisedEmail).ifPresent(problem -> {
            throw new RejectedException(problem);
        });
        if (findByEmail(normalisedEmail).isPresent()) {
            throw duplicate();
        }
        var account = new Account(normalisedEmail, name, hasher.hash(password), role, clock.instant());
        try {
            em.persist(account);
            em.flush();
        } catch (PersistenceException e) {
            // Two registrations for one address at the same moment: the unique constraint decides.
            throw duplicate();
        }
        audit.record(normalisedEmail, action, normalisedEmail, "role " + role);
        return account;
    }

    /** Checks a sign-in; costs the same time whether or not the account exists. */
    public Optional<Account> authenticate(String email, String password) {
        if (password == null || password.isEmpty()) {
            return Optional.empty();
        }
        Optional<Account> account = findByEmail(email);
        if (account.isEmpty()) {
            hasher.verifyDecoy(password);
            return Optional.empty();
        }
        return hasher.verify(password, account.get().getPasswordHash()) ? account : Optional.empty();
    }

    public void changePassword(String email, String currentPassword, String newPassword) {
        Account account = findByEmail(email).orElseThrow(() -> new NotFoundException("account " + email));
        if (!hasher.verify(currentPassword == null ? "" : currentPassword, account.getPasswordHash())) {
            throw new RejectedException("Your current password is not correct.");
        }
        PasswordPolicy.problemWith(newPassword, account.getEmail()).ifPresent(problem -> {
            throw new RejectedException(problem);
        });
        if (newPassword.equals(currentPassword)) {
            throw new RejectedException("Choose a new password that differs from the current one.");
        }
        account.changePassword(hasher.hash(newPassword), clock.instant());
        audit.record(account.getEmail(), AuditAction.PASSWORD_CHANGED, account.getEmail(), null);
    }

    public Account changeRole(String actorEmail, long accountId, Role newRole) {
        Account account = get(accountId);
        Role oldRole = account.getRole();
        if (oldRole == newRole) {
            return account;
        }
        if (oldRole == Role.ADMIN && countWithRole(Role.ADMIN) <= 1) {
            throw new RejectedException("There must always be at least one administrator: make someone else an administrator first.");
        }
        account.changeRole(newRole);
        audit.record(actorEmail, AuditAction.ROLE_CHANGED, account.getEmail(), oldRole + " -> " + newRole);
        return account;
    }

    private static String checkEmail(String email) {
        if (email == null || email.isBlank()) {
            throw new RejectedException("Enter your e-mail address.");
        }
        String normalised = Account.normaliseEmail(email);
        if (normalised.length() > Account.EMAIL_LENGTH || !EMAIL.matcher(normalised).matches()) {
            throw new RejectedException("Enter a valid e-mail address, like name@example.org.");
        }
        return normalised;
    }

    private static String checkName(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            throw new RejectedException("Enter your full name as it should appear on certificates.");
        }
        String name = displayName.strip();
        if (name.length() > Account.NAME_LENGTH) {
            throw new RejectedException("Use at most " + Account.NAME_LENGTH + " characters for your name.");
        }
        return name;
    }

    private static RejectedException duplicate() {
        return new RejectedException("An account with this e-mail address already exists. Sign in instead.");
    }
}
