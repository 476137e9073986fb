package org.dnacademy.training.content;

import java.util.Optional;

/**
 * How an hour of instruction was delivered. Rules count hours by mode: Florida's 50 hours must be
 * face-to-face, South Dakota's course mostly in person. Keys: {@code self-paced-online},
 * {@code live-online}, {@code in-person}.
 */
public enum DeliveryMode implements ProfileTerm {

    SELF_PACED_ONLINE("Self-paced online"),
    LIVE_ONLINE("Live online"),
    IN_PERSON("In person");

    private final String label;

    DeliveryMode(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static Optional<DeliveryMode> ofKey(String key) {
        return ProfileTerm.ofKey(DeliveryMode.class, key);
    }
}
