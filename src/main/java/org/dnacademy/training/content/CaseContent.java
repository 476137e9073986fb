package org.dnacademy.training.content;

import java.util.Objects;

/** A case scenario: its questions are asked together, after the vignette. */
public record CaseContent(String id, String title, String vignette) {

    public CaseContent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(vignette, "vignette");
    }
}
