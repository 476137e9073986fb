package org.dnacademy.training.content;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Which modules or practical skills a profile asks for: all of them, the skills marked
 * {@code required: true} (skills only), or the ids listed.
 *
 * @param all          every module (or skill) of the curriculum
 * @param requiredOnly the practical skills with {@code required: true}
 * @param ids          the ids listed, in the order written; empty unless neither flag is set
 */
public record Selection(boolean all, boolean requiredOnly, List<String> ids) {

    public Selection {
        ids = List.copyOf(Objects.requireNonNull(ids, "ids"));
        if (all && requiredOnly) {
            throw new IllegalArgumentException("a selection is all or required only, not both");
        }
        if ((all || requiredOnly) != ids.isEmpty()) {
            throw new IllegalArgumentException("a selection lists ids exactly when it is neither all nor required only");
        }
    }

    /**
     * Every module or skill. (Named {@code ofAll}, not {@code all}: a static {@code all()} would clash
     * with the accessor of the {@code all} component.)
     */
    public static Selection ofAll() {
        return new Selection(true, false, List.of());
    }

    /** The practical skills marked {@code required: true}. */
    public static Selection ofRequired() {
        return new Selection(false, true, List.of());
    }

    public static Selection of(List<String> ids) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("a listed selection names at least one id");
        }
        return new Selection(false, false, ids);
    }

    /**
     * The ids selected from a curriculum: every id in {@code everyId} for {@link #ofAll()}, those also
     * in {@code requiredIds} for {@link #ofRequired()} (both in the curriculum's order), or the ids
     * listed, in the order written, whether or not the curriculum still has them.
     */
    public List<String> pick(List<String> everyId, Collection<String> requiredIds) {
        if (all) {
            return List.copyOf(everyId);
        }
        if (requiredOnly) {
            return everyId.stream().filter(requiredIds::contains).toList();
        }
        return ids;
    }

    /** As written in a profile file: {@code all}, {@code required} or the list. */
    @Override
    public String toString() {
        return all ? "all" : requiredOnly ? "required" : ids.toString();
    }
}
