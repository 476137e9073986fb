package org.dnacademy.training.content;

import java.util.Optional;

/**
 * How a supervisor observed a supervised patient session. Florida's rule allows observation in
 * person or by synchronous telehealth; a profile that says nothing accepts in person only. Keys:
 * {@code in-person}, {@code synchronous-telehealth}.
 */
public enum ObservationMode implements ProfileTerm {

    IN_PERSON("In person"),
    SYNCHRONOUS_TELEHEALTH("Synchronous (live) telehealth");

    private final String label;

    ObservationMode(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static Optional<ObservationMode> ofKey(String key) {
        return ProfileTerm.ofKey(ObservationMode.class, key);
    }
}
