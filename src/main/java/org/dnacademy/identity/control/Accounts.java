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
import org.dnacademy.identity.entity.AccountToken;
import org.dnacademy.identity.entity.Role;
import org.dnacademy.platform.NotFoundException;
import org.dnacademy.platform.Paged;
import org.dnacademy.platform.RejectedException;
import org.dnacademy.platform.Text;

/**
 * Creating accounts, confirming e-mail addresses, checking and changing passwords, and changing
 * roles. Every name is checked and normalised ({@link Text}) before it is stored.
 */
@Stateless
public class Accounts {

    /** Deliberately simple: one @, something on each side, a dot in the domain, no blanks. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /**
     * Stored as the password hash of an invited account until its owner chooses a password: no
     * PBKDF2 hash has this shape, so no password matches it.
     */
    static final String NO_PASSWORD_YET = "!invited";

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    AccountMail mail;

    @Inject
    AccountTokens tokens;

    @Inject
    org.dnacademy.platform.Throttle throttle;

    public Optional<Account> findByEmail(String email) {
        if (email == null || email.isBlank() || email.strip().length() > Account.EMAIL_LENGTH) {
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

    /**
     * Registers a trainee, who can read lessons at once and take quizzes once they have followed
     * the link sent to their address.
     */
    public Account register(String email, String displayName, String password) {
        Account account = create(email, displayName, password, Role.TRAINEE, AuditAction.ACCOUNT_REGISTERED);
        mail.verification(account);
        return account;
    }

    /**
     * Creates an account with any role and a password (the first administrator; registration).
     * The address counts as confirmed only where whoever created it vouched for it: see
     * {@link #register} and {@link #invite}.
     */
    public Account create(String email, String displayName, String password, Role role, AuditAction action) {
        String normalisedEmail = checkEmail(email);
        String name = checkName(displayName);
        PasswordPolicy.problemWith(password, normalisedEmail).ifPresent(problem -> {
            throw new RejectedException(problem);
        });
        Account account = persist(new Account(normalisedEmail, name, hasher.hash(password), role, clock.instant()));
        audit.record(normalisedEmail, action, normalisedEmail, "role " + role);
        return account;
    }

    /** The first administrator, configured by whoever runs the server, has a confirmed address. */
    public Account createConfirmed(String email, String displayName, String password, Role role, AuditAction action) {
        Account account = create(email, displayName, password, role, action);
        account.verifyEmail(clock.instant());
        return account;
    }

    /**
     * An administrator creates an account for someone, who receives a link to choose their
     * password; following it also confirms their address.
     */
    public Account invite(String actorEmail, String email, String displayName, Role role) {
        return invite(actorEmail, email, displayName, role, null, null);
    }

    /**
     * As {@link #invite(String, String, String, Role)}, naming in the invitation and the audit trail
     * the cohort the person joins and how they were added (a line of an uploaded file, say).
     *
     * @param cohort the cohort's name, or null
     * @param how    added to the audit event's detail, or null
     */
    public Account invite(String actorEmail, String email, String displayName, Role role, String cohort, String how) {
        String normalisedEmail = checkEmail(email);
        String name = checkName(displayName);
        Account account = persist(new Account(normalisedEmail, name, NO_PASSWORD_YET, role, clock.instant()));
        audit.record(actorEmail, AuditAction.ACCOUNT_INVITED, normalisedEmail, "role " + role
                + (cohort == null ? "" : ", cohort " + cohort) + (how == null ? "" : ", " + how));
        mail.invitation(account, actorEmail, cohort);
        return account;
    }

    /** The invited person, if the link is valid: to greet them by name on the form. */
    public Optional<Account> invited(String token) {
        return tokens.peek(token, AccountToken.Purpose.INVITATION).flatMap(this::findById).filter(account -> !account.isDisabled());
    }

    /** The invited person chooses a password; the link stops working. */
    public Account acceptInvitation(String token, String password) {
        Account account = invited(token).orElseThrow(() -> new RejectedException(
                "This invitation link is not valid any more. Ask your administrator to invite you again."));
        PasswordPolicy.problemWith(password, account.getEmail()).ifPresent(problem -> {
            throw new RejectedException(problem);
        });
        tokens.redeem(token, AccountToken.Purpose.INVITATION);
        // The address is proved, so a reset link asked for meanwhile is not needed any more.
        tokens.retireOpen(account.getId(), AccountToken.Purpose.PASSWORD_RESET, clock.instant());
        account.changePassword(hasher.hash(password), clock.instant());
        account.verifyEmail(clock.instant());
        audit.record(account.getEmail(), AuditAction.INVITATION_ACCEPTED, account.getEmail(), null);
        return account;
    }

    /** Confirms the address the token was sent to; an invalid or used link changes nothing. */
    public Optional<Account> confirmEmail(String token) {
        return tokens.redeem(token, AccountToken.Purpose.VERIFY_EMAIL).flatMap(this::findById).map(account -> {
            if (!account.isEmailVerified()) {
                account.verifyEmail(clock.instant());
                audit.record(account.getEmail(), AuditAction.EMAIL_VERIFIED, account.getEmail(), null);
            }
            return account;
        });
    }

    /** Whether a confirmation link is still good, without using it. */
    public boolean isConfirmationValid(String token) {
        return tokens.peek(token, AccountToken.Purpose.VERIFY_EMAIL).isPresent();
    }

    /** New confirmation links per account: enough for a lost e-mail, too few to flood a mailbox. */
    static final org.dnacademy.platform.Limit.Window RESENDS = new org.dnacademy.platform.Limit.Window(3, java.time.Duration.ofHours(1));

    /** Sends a new confirmation link (the earlier one stops working), at most three an hour. */
    public void resendConfirmation(long accountId) {
        Account account = get(accountId);
        if (account.isEmailVerified()) {
            return;
        }
        var attempt = throttle.attempt(List.of(new org.dnacademy.platform.Limit("confirmation-mail:" + account.getEmail(),
                account.getEmail(), RESENDS)));
        if (!attempt.allowed()) {
            throw new RejectedException("A link was sent several times already. Check your spam folder, or ask again in "
                    + SignInThrottle.inWords(attempt.waitFor().get()) + ".");
        }
        mail.verification(account);
    }

    /** Checks a sign-in; costs the same time whether or not the account exists. */
    public Optional<Account> authenticate(String email, String password) {
        if (password == null || password.isEmpty() || password.length() > PasswordPolicy.MAX_INPUT_LENGTH) {
            return Optional.empty();
        }
        Optional<Account> account = findByEmail(email);
        if (account.isEmpty() || NO_PASSWORD_YET.equals(account.get().getPasswordHash())) {
            hasher.verifyDecoy(password);
            return Optional.empty();
        }
        // A disabled account is refused like a wrong password, after the same work: the answer
        // must not tell a guesser that they found the right password of someone who left.
        boolean right = hasher.verify(password, account.get().getPasswordHash());
        return right && !account.get().isDisabled() ? account : Optional.empty();
    }

    /** Whether this is the account's password: the check before a password change. */
    public boolean isPassword(Account account, String password) {
        return password != null && password.length() <= PasswordPolicy.MAX_INPUT_LENGTH
                && hasher.verify(password, account.getPasswordHash());
    }

    /**
     * Sets a new password after the caller has checked the current one; every other session of the
     * account ends (see {@link Account#changePassword}).
     */
    public Account changePassword(long accountId, String currentPassword, String newPassword) {
        Account account = get(accountId);
        PasswordPolicy.problemWith(newPassword, account.getEmail()).ifPresent(problem -> {
            throw new RejectedException(problem);
        });
        if (newPassword.equals(currentPassword)) {
            throw new RejectedException("Choose a new password that differs from the current one.");
        }
        account.changePassword(hasher.hash(newPassword), clock.instant());
        audit.record(account.getEmail(), AuditAction.PASSWORD_CHANGED, account.getEmail(), null);
        return account;
    }

    public Account changeRole(String actorEmail, long accountId, Role newRole) {
        Account account = get(accountId);
        Role oldRole = account.getRole();
        if (oldRole == newRole) {
            return account;
        }
        if (oldRole == Role.ADMIN && !account.isDisabled() && countEnabledWithRole(Role.ADMIN) <= 1) {
            throw new RejectedException("There must always be at least one administrator: make someone else an administrator first.");
        }
        account.changeRole(newRole);
        audit.record(actorEmail, AuditAction.ROLE_CHANGED, account.getEmail(), oldRole + " -> " + newRole);
        return account;
    }

    /**
     * Disables an account (someone who left): it cannot sign in, its sessions end at their next
     * request on any instance, and its records stay. Nobody disables themselves or the last
     * enabled administrator.
     */
    public Account disable(String actorEmail, long accountId) {
        Account account = get(accountId);
        if (account.isDisabled()) {
            return account;
        }
        if (account.getEmail().equals(Account.normaliseEmail(actorEmail))) {
            throw new RejectedException("You cannot disable your own account.");
        }
        if (account.getRole() == Role.ADMIN && countEnabledWithRole(Role.ADMIN) <= 1) {
            throw new RejectedException("There must always be at least one administrator who can sign in.");
        }
        account.disable(actorEmail, clock.instant());
        audit.record(actorEmail, AuditAction.ACCOUNT_DISABLED, account.getEmail(), "sessions ended");
        return account;
    }

    /** Enables a disabled account again; its owner signs in with the password they had. */
    public Account enable(String actorEmail, long accountId) {
        Account account = get(accountId);
        if (!account.isDisabled()) {
            return account;
        }
        account.enable();
        audit.record(actorEmail, AuditAction.ACCOUNT_ENABLED, account.getEmail(), "disabled since " + account.getDisabledAt());
        return account;
    }

    /** Ends every session of the account, this one included ("sign out everywhere"). */
    public Account signOutEverywhere(long accountId, String address) {
        Account account = get(accountId);
        account.endOtherSessions();
        audit.record(account.getEmail(), AuditAction.SIGNED_OUT_EVERYWHERE, account.getEmail(), null, address);
        return account;
    }

    public long countEnabledWithRole(Role role) {
        return em.createNamedQuery(Account.COUNT_ENABLED_BY_ROLE, Long.class).setParameter("role", role).getSingleResult();
    }

    /** One page of the accounts whose name or address contains the text, by name; chosen, counted and paged by the database. */
    public Paged<Account> search(String text, int page, int pageSize) {
        String pattern = text == null || text.isBlank() ? "%" : Text.likeContaining(text);
        String where = " FROM Account a WHERE LOWER(a.displayName) LIKE :pattern ESCAPE '\\' OR a.email LIKE :pattern ESCAPE '\\'";
        long total = em.createQuery("SELECT COUNT(a)" + where, Long.class).setParameter("pattern", pattern).getSingleResult();
        return Paged.of(total, page, pageSize, (first, size) -> em.createQuery("SELECT a" + where + " ORDER BY a.displayName, a.email, a.id",
                Account.class).setParameter("pattern", pattern).setFirstResult(first).setMaxResults(size).getResultList());
    }

    /** Matching accounts' addresses, for searching other records by a person's name. */
    public List<String> emailsMatching(String text, int max) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String pattern = Text.likeContaining(text);
        return em.createQuery("SELECT a.email FROM Account a WHERE LOWER(a.displayName) LIKE :pattern ESCAPE '\\' "
                + "OR a.email LIKE :pattern ESCAPE '\\' ORDER BY a.email", String.class)
                .setParameter("pattern", pattern).setMaxResults(max).getResultList();
    }

    private Account persist(Account account) {
        if (findByEmail(account.getEmail()).isPresent()) {
            throw duplicate();
        }
        try {
            em.persist(account);
            em.flush();
        } catch (PersistenceException e) {
            // Two registrations for one address at the same moment: the unique constraint decides.
            throw duplicate();
        }
        return account;
    }

    public static String checkEmail(String email) {
        if (email == null || email.isBlank()) {
            throw new RejectedException("Enter your e-mail address.");
        }
        String normalised = Account.normaliseEmail(email);
        if (normalised.length() > Account.EMAIL_LENGTH || !EMAIL.matcher(normalised).matches()
                || normalised.codePoints().anyMatch(c -> c < 0x21 || c == 0x7F || Character.getType(c) == Character.FORMAT)) {
            throw new RejectedException("Enter a valid e-mail address, like name@example.org.");
        }
        return normalised;
    }

    public static String checkName(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            throw new RejectedException("Enter your full name as it should appear on certificates.");
        }
        String name = Text.line(displayName, "Your name");
        if (name.isEmpty()) {
            throw new RejectedException("Enter your full name as it should appear on certificates.");
        }
        if (name.length() > Account.NAME_LENGTH) {
            throw new RejectedException("Use at most " + Account.NAME_LENGTH + " characters for your name.");
        }
        return name;
    }

    private static RejectedException duplicate() {
        return new RejectedException("An account with this e-mail address already exists. Sign in instead.");
    }
}
