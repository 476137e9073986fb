package org.dnacademy.progress.control;

import java.time.Instant;

/**
 * Fired, inside the grading transaction, when a graded attempt passes a module. Certification
 * listens to issue the certificate, so the quiz need not know about certificates.
 */
public record ModulePassed(long accountId, String moduleKey, long moduleVersionId, long attemptId, int scorePercent,
        Instant passedAt) {
}
