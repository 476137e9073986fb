package org.dnacademy.backup.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import org.dnacademy.audit.AuditLog;
import org.dnacademy.platform.Leases;
import org.dnacademy.platform.Settings;

/**
 * Scheduled backups: every hour one instance of a cluster (the lease) looks at the newest backup
 * kept and makes a new one when it is {@code DNA_BACKUP_INTERVAL_HOURS} old (24 by default), or
 * when there is none; {@code 0} leaves backups to administrators. A restart does not move the
 * schedule, because the folder says when the last backup was made.
 */
@Singleton
public class BackupSchedule {

    private static final Logger LOG = Logger.getLogger(BackupSchedule.class.getName());
    /** How often the schedule looks; a backup is due half a look early so that it never slips an hour a day. */
    static final Duration LOOK = Duration.ofHours(1);

    @Inject
    Backups backups;

    @Inject
    Clock clock;

    @jakarta.ejb.EJB
    Leases leases;

    @Schedule(hour = "*", minute = "17", persistent = false)
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    void backUpWhenDue() {
        int hours = Settings.current().backup().intervalHours();
        if (hours == 0 || !leases.claim("backup", LOOK.minusMinutes(10))) {
            return;
        }
        Optional<Instant> newest = backups.kept().stream().findFirst().map(Backup::madeAt);
        if (isDue(newest, clock.instant(), Duration.ofHours(hours))) {
            try {
                backups.backUpNow(AuditLog.SYSTEM);
            } catch (BackupFailedException e) {
                LOG.severe(() -> "The scheduled backup failed: " + e.getMessage());
            }
        }
    }

    static boolean isDue(Optional<Instant> newest, Instant now, Duration interval) {
        return newest.map(made -> !made.plus(interval).minus(LOOK.dividedBy(2)).isAfter(now)).orElse(true);
    }
}
