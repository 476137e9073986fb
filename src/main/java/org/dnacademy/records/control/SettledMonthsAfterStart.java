package org.dnacademy.records.control;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

/**
 * Counts the settled months ({@link SubmissionMonths#countSettledMonths}) once, shortly after each
 * start, besides the hourly count: after an upgrade, a restore or a new installation the overview
 * would otherwise count every month from the attempts until the next hour came round (seconds a
 * view at 10,000 trainees). On several instances the count's lock lets one count and the others
 * find the months counted. The delay keeps the count off the start-up itself; the container's
 * scheduled executor runs it, because Payara's EJB timer service takes no programmatic timer while
 * the application is still being deployed ("EJB Timer Service is not available").
 */
@Singleton
@Startup
public class SettledMonthsAfterStart {

    private static final Duration DELAY = Duration.ofSeconds(10);

    private static final Logger LOG = Logger.getLogger(SettledMonthsAfterStart.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    SubmissionMonths months;

    @PostConstruct
    private void schedule() {
        scheduler.schedule(this::count, DELAY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void count() {
        try {
            months.countSettledMonths();
        } catch (RuntimeException e) {
            // The hourly count tries again; until then the overview counts the months from the attempts.
            LOG.log(Level.WARNING, "Counting the settled months after the start failed; the hourly count will try again", e);
        }
    }
}
