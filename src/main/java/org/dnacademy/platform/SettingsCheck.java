package org.dnacademy.platform;

import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/**
 * Reads and checks every setting before anything else starts, so that a malformed value stops the
 * start with a message naming the variable instead of failing later on whichever page reads it.
 * Start-up beans that use the database depend on it through {@link DatabaseMigrations}.
 */
@Startup
@Singleton
public class SettingsCheck {

    private static final Logger LOG = Logger.getLogger(SettingsCheck.class.getName());

    @PostConstruct
    void check() {
        Settings settings = Settings.current(); // a malformed setting stops the start here, with its message logged
        if (settings.publicUrl().toString().equals(Settings.DEFAULT_PUBLIC_URL)) {
            LOG.warning(() -> "DNA_PUBLIC_URL is not set: certificates and e-mails will show " + Settings.DEFAULT_PUBLIC_URL
                    + ". Set it to the address people reach this site at.");
        }
    }
}
