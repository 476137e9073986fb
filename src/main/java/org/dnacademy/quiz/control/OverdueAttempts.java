package org.dnacademy.quiz.control;

import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Submits timed attempts whose trainee never came back: every 15 seconds, any open attempt past its
 * deadline (and grace) is graded as it stands.
 */
@Singleton
public class OverdueAttempts {

    private static final Logger LOG = Logger.getLogger(OverdueAttempts.class.getName());

    @Inject
    Quizzes quizzes;

    @jakarta.ejb.EJB
    org.dnacademy.platform.DatabaseMigrations migrations;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    void closeOverdue() {
        migrations.awaitSchema();
        int closed = quizzes.closeOverdue();
        if (closed > 0) {
            LOG.info(() -> "Submitted " + closed + " attempt(s) whose time limit had run out");
        }
    }
}
