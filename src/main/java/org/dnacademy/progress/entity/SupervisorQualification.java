package org.dnacademy.progress.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.dnacademy.identity.entity.ProfessionalDetails;
import org.dnacademy.training.content.SupervisorRule;

/**
 * Whether a supervisor's declared professional details meet what a requirement profile asks of
 * the person who attests supervised sessions. The one home of that rule: signing refuses an
 * unqualified supervisor, and a profile's standing counts only sessions signed by qualified ones.
 */
public final class SupervisorQualification {

    private SupervisorQualification() {
    }

    /**
     * What the supervisor lacks on that day, in words they can act on; empty when qualified (or
     * when the rule asks nothing).
     *
     * @param details the supervisor's declaration in force on that day, or null when they made none
     */
    public static List<String> shortfalls(SupervisorRule rule, ProfessionalDetails details, LocalDate on) {
        List<String> missing = new ArrayList<>();
        if (rule == null) {
            return missing;
        }
        if (details == null) {
            missing.add("no professional details declared (licence, years of dry needling, sessions performed)");
            return missing;
        }
        if (rule.licensureYears() != null && (details.getLicensedSince() == null || details.yearsLicensed(on) < rule.licensureYears())) {
            missing.add("licensed for at least " + years(rule.licensureYears()) + " (declared: "
                    + (details.getLicensedSince() == null ? "no licence date" : years(details.yearsLicensed(on))) + ")");
        }
        if (rule.dryNeedlingYears() != null
                && (details.getDryNeedlingSince() == null || details.yearsDryNeedling(on) < rule.dryNeedlingYears())) {
            missing.add("dry needling for at least " + years(rule.dryNeedlingYears()) + " (declared: "
                    + (details.getDryNeedlingSince() == null ? "no start date" : years(details.yearsDryNeedling(on))) + ")");
        }
        if (rule.sessionsPerformed() != null && details.dryNeedlingSessionsOrZero() < rule.sessionsPerformed()) {
            missing.add("at least " + rule.sessionsPerformed() + " dry needling sessions performed (declared: "
                    + details.dryNeedlingSessionsOrZero() + ")");
        }
        return missing;
    }

    /** The declaration in force at that moment: the latest recorded at or before it; null for none. */
    public static ProfessionalDetails inForce(List<ProfessionalDetails> history, java.time.Instant at) {
        return history.stream().filter(d -> !d.getRecordedAt().isAfter(at))
                .max(java.util.Comparator.comparing(ProfessionalDetails::getRecordedAt)).orElse(null);
    }

    static String years(int years) {
        return years == 1 ? "1 year" : years + " years";
    }
}
