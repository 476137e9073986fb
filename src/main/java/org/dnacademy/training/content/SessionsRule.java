package org.dnacademy.training.content;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The supervised patient sessions a profile asks for, each attested by a qualified supervisor.
 *
 * @param total        how many sessions, at least 1
 * @param alternatives other evidence the rule accepts in place of the logged sessions, from
 *                     {@link #ALTERNATIVES}: {@value #SUPERVISOR_LETTER} (Utah: one signed letter
 *                     from the supervising therapist that the sessions are completed) or
 *                     {@value #PRIOR_LICENSED_PRACTICE} (Florida: the sessions already performed as a
 *                     licensed therapist); empty when the sessions must be logged
 * @param observation  how a supervisor may observe a session; in person only when the file says nothing
 */
public record SessionsRule(int total, List<String> alternatives, Set<ObservationMode> observation) {

    /** One signed letter from the supervising therapist stating that the sessions are completed. */
    public static final String SUPERVISOR_LETTER = "supervisor-letter";

    /** The same number of sessions already performed while licensed (elsewhere, or in the armed forces). */
    public static final String PRIOR_LICENSED_PRACTICE = "prior-licensed-practice";

    /** Every alternative a profile may name. */
    public static final List<String> ALTERNATIVES = List.of(SUPERVISOR_LETTER, PRIOR_LICENSED_PRACTICE);

    public SessionsRule {
        if (total < 1) {
            throw new IllegalArgumentException("a sessions rule needs at least 1 session, not " + total);
        }
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
        if (!ALTERNATIVES.containsAll(alternatives)) {
            throw new IllegalArgumentException("unknown alternative in " + alternatives + "; the alternatives are " + ALTERNATIVES);
        }
        observation = observation == null || observation.isEmpty() ? Set.of(ObservationMode.IN_PERSON)
                : Collections.unmodifiableSet(EnumSet.copyOf(observation));
    }

    public boolean accepts(String alternative) {
        return alternatives.contains(alternative);
    }

    public boolean allows(ObservationMode mode) {
        return observation.contains(mode);
    }
}
