package org.dnacademy.identity.control;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.dnacademy.audit.AuditAction;
import org.dnacademy.audit.AuditLog;
import org.dnacademy.identity.entity.Account;
import org.dnacademy.identity.entity.Role;
import org.dnacademy.platform.Settings;

/**
 * There are no default accounts. At the very first start the first administrator is created from
 * {@code DNA_ADMIN_EMAIL} / {@code DNA_ADMIN_PASSWORD}; without a password, a one-time password
 * is generated, printed once to the log, and must be changed at first sign-in. The audit event
 * {@link AuditAction#FIRST_ADMIN_CREATED} marks that this happened, so it never happens again.
 * Instances starting together on an empty database take turns, so only one creates it.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
public class FirstAdmin {

    static final String DEFAULT_EMAIL = "admin@dnacademy.local";
    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    @jakarta.ejb.EJB
    org.dnacademy.platform.Leases leases;

    @PostConstruct
    void atStartup() {
        leases.lockUntilCommit("first-admin");
        createIfFirstStart(Settings.current().adminEmail(), Settings.current().adminPassword());
    }

    /** @return true when the first administrator was created by this call */
    public boolean createIfFirstStart(String email, Optional<String> configuredPassword) {
        if (!audit.byAction(AuditAction.FIRST_ADMIN_CREATED).isEmpty() || accounts.countWithRole(Role.ADMIN) > 0) {
            return false;
        }
        String password = configuredPassword.orElseGet(FirstAdmin::oneTimePassword);
        Account admin = accounts.createConfirmed(email, "Administrator", password, Role.ADMIN, AuditAction.FIRST_ADMIN_CREATED);
        if (configuredPassword.isEmpty()) {
            admin.requirePasswordChange();
            LOG.warning(() -> "\n==========================================================\n"
                    + " DN Academy first start: sign in as " + admin.getEmail() + "\n"
                    + " with the one-time password  " + password + "\n"
                    + " You will be asked to choose a new password. This is shown only once.\n"
                    + "==========================================================");
        } else {
            LOG.info(() -> "First administrator " + admin.getEmail() + " created from configuration");
        }
        return true;
    }

    private static String oneTimePassword() {
        var password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
