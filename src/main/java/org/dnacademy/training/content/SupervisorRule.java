package org.dnacademy.training.content;

/**
 * What a profile asks of the supervisor who attests supervised sessions; each field is null when
 * the rule sets nothing, and at least one is set. The platform records what the supervisor attests
 * at signing; it cannot verify a licence or a count of sessions.
 *
 * @param licensureYears    years the supervisor has held a licence to practise
 * @param dryNeedlingYears  years the supervisor has practised dry needling (Florida: at least 1)
 * @param sessionsPerformed dry needling sessions the supervisor has performed (Florida: at least 25)
 */
public record SupervisorRule(Integer licensureYears, Integer dryNeedlingYears, Integer sessionsPerformed) {

    public SupervisorRule {
        if (licensureYears == null && dryNeedlingYears == null && sessionsPerformed == null) {
            throw new IllegalArgumentException("a supervisor rule asks for at least one thing");
        }
    }
}
