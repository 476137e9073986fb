package org.dnacademy.training.content;

import java.util.Objects;

/** A source that lessons and questions may cite, from {@code references.yaml}. */
public record Reference(String key, String citation, String doi) {

    public Reference {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(citation, "citation");
    }
}
