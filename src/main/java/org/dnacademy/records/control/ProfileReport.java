package org.dnacademy.records.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.dnacademy.progress.entity.ProfileStanding;

/**
 * What a board is sent for one trainee and one requirement profile: the standing against every
 * requirement, the hours log, the supervised-session log with each signed attestation, the
 * certificates and any adverse events, as plain values ready to print.
 *
 * @param professional the trainee's declared professional standing, or null when none
 * @param certificates the trainee's certificates (from the transcript)
 */
public record ProfileReport(String traineeName, String traineeEmail, String professional, List<String> cohorts, String profileTitle,
        String jurisdiction, String profileId, String profileVersion, List<String> sources, String notChecked, String finalAttestation,
        ProfileStanding standing, List<HoursLine> hours, List<SessionLine> sessions, List<Transcript.CertificateLine> certificates,
        List<AdverseEventLine> adverseEvents, Instant generatedAt, String generatedBy) {

    public ProfileReport {
        cohorts = List.copyOf(cohorts);
        sources = List.copyOf(sources);
        hours = List.copyOf(hours);
        sessions = List.copyOf(sessions);
        certificates = List.copyOf(certificates);
        adverseEvents = List.copyOf(adverseEvents);
    }

    /** An activity logged by the trainee, or a module's CPD hours; {@code state} says whether it counts. */
    public record HoursLine(LocalDate on, String what, String mode, BigDecimal hours, String state) {
    }

    /**
     * One signed decision on a supervised session (a correction is a line of its own).
     *
     * @param statement what the signer attested; null for a return without assessment
     */
    public record SessionLine(LocalDate performedOn, String skill, String region, String outcome, String observation, String signer,
            String signerDetails, Instant decidedAt, String statement, String correction, boolean standing) {
    }

    public record AdverseEventLine(Instant reportedAt, LocalDate sessionOn, String grade, String type, String actions, String referral) {
    }
}
