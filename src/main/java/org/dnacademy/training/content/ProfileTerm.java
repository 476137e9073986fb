package org.dnacademy.training.content;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A word of a requirement profile file that stands for a constant ({@code in-person},
 * {@code course-start}): its key is the constant's name in lower case with hyphens, stable, so it
 * may be stored.
 */
public interface ProfileTerm {

    String name();

    /** As written in a profile file, e.g. {@code self-paced-online} for {@code SELF_PACED_ONLINE}. */
    default String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** As shown to people. */
    String label();

    static <T extends Enum<T> & ProfileTerm> Optional<T> ofKey(Class<T> type, String key) {
        return Arrays.stream(type.getEnumConstants()).filter(term -> term.key().equals(key)).findFirst();
    }

    static <T extends Enum<T> & ProfileTerm> List<String> keys(Class<T> type) {
        return Arrays.stream(type.getEnumConstants()).map(ProfileTerm::key).toList();
    }
}
