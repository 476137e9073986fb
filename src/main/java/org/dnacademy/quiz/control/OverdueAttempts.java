package org.dnacademy.quiz.control;

import java.time.Duration;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Submits timed attempts whose trainee never came back: every 15 seconds, any open attempt past its
 * deadline (and grace) is graded as it stands, by one instance of a cluster (the lease).
 */
@Singleton
public class OverdueAttempts {

    private static final Logger LOG = Logger.getLogger(OverdueAttempts.class.getName());

    @Inject
    Quizzes quizzes;

    @jakarta.ejb.EJB
    org.dnacademy.platform.Leases leases;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    void closeOverdue() {
        if (!leases.claim("overdue-attempts", Duration.ofSeconds(10))) {
            return;
        }
        int closed = quizzes.closeOverdue();
        if (closed > 0) {
            LOG.info(() -> "Submitted " + closed + " attempt(s) whose time limit had run out");
        }
    }
}
