package org.dnacademy.training.content;

import java.util.Objects;

/**
 * One answer option of a question.
 *
 * @param feedback shown in the review when the trainee chose this option; {@code null} if none
 * @param fixed    keeps its place when the options are shuffled
 */
public record OptionContent(String id, String text, boolean correct, String feedback, boolean fixed) {

    public OptionContent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
