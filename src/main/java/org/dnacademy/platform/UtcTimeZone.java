package org.dnacademy.platform;

import java.util.TimeZone;
import java.util.logging.Logger;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;

/**
 * Instants are stored and compared in UTC whatever zone the server runs in. The JDBC drivers write
 * and read TIMESTAMP columns in the JVM's default zone, so in a zone with summer time the hour that
 * happens twice would read back an hour off, and times compared in SQL would shift with the server.
 * This CDI extension runs when the application is deployed, before any bean or database connection
 * exists, and makes the default zone UTC. (Registered in {@code META-INF/services}.)
 */
public class UtcTimeZone implements Extension {

    private static final Logger LOG = Logger.getLogger(UtcTimeZone.class.getName());

    void beforeDiscovery(@Observes BeforeBeanDiscovery event) {
        TimeZone utc = TimeZone.getTimeZone("UTC");
        TimeZone was = TimeZone.getDefault();
        if (!was.hasSameRules(utc)) {
            LOG.info(() -> "The server's time zone is " + was.getID() + "; DN Academy keeps its times in UTC, so the process's default zone is now UTC");
            TimeZone.setDefault(utc);
        }
    }
}
