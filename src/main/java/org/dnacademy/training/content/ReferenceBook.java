package org.dnacademy.training.content;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The references as read, for checking citations. A key whose entry has a problem still counts as
 * known, and when {@code references.yaml} could not be read at all every key does: the author then
 * sees the one real problem, not a second one at every citation.
 */
record ReferenceBook(Map<String, Reference> valid, Set<String> declared, boolean readable) {

    boolean isKnown(String key) {
        return !readable || declared.contains(key);
    }

    Optional<Reference> find(String key) {
        return Optional.ofNullable(valid.get(key));
    }
}
