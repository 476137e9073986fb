package org.dnacademy.training.content;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The hours of instruction a profile asks for, by delivery mode. Only hours in a counted mode count
 * toward anything: Florida counts in-person hours only, so 50 self-paced hours count for nothing there.
 *
 * @param total        hours needed in the counted modes together; null when the rule sets no total
 * @param countedModes the modes whose hours count; never empty (all three when the file names none)
 * @param minimum      hours needed in a mode on its own, for counted modes only; may be empty
 * @param majority     a counted mode in which more than half of the counted hours must be (South
 *                     Dakota: the majority of the course in person); null when the rule has no such share
 */
public record HoursRule(BigDecimal total, Set<DeliveryMode> countedModes, Map<DeliveryMode, BigDecimal> minimum,
        DeliveryMode majority) {

    public HoursRule {
        countedModes = countedModes == null || countedModes.isEmpty() ? allModes()
                : Collections.unmodifiableSet(EnumSet.copyOf(countedModes));
        EnumMap<DeliveryMode, BigDecimal> minimums = new EnumMap<>(DeliveryMode.class);
        if (minimum != null) {
            minimum.forEach((mode, hours) -> minimums.put(Objects.requireNonNull(mode, "mode"),
                    Objects.requireNonNull(hours, "hours")));
        }
        minimum = Collections.unmodifiableMap(minimums);
    }

    /** Every delivery mode, the default of {@link #countedModes()}. */
    public static Set<DeliveryMode> allModes() {
        return Collections.unmodifiableSet(EnumSet.allOf(DeliveryMode.class));
    }

    public boolean counts(DeliveryMode mode) {
        return countedModes.contains(mode);
    }

    public Optional<BigDecimal> minimumIn(DeliveryMode mode) {
        return Optional.ofNullable(minimum.get(mode));
    }
}
