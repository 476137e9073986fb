package org.dnacademy.training.content;

import java.util.List;
import java.util.Objects;

/**
 * A practical skill from {@code modules/practical-skills.yaml}: something a supervisor must see the
 * trainee do before signing it off, as opposed to knowledge tested by a module's quiz.
 *
 * @param id         stable, unique among the skills; same shape as a module id
 * @param moduleId   the id of the module the skill belongs to (it always exists)
 * @param steps            the checklist a supervisor marks for an observed session, in the order
 *                         written; never empty, and at least one step is critical
 * @param required         whether the skill counts toward the programme certificate
 * @param observedSessions how many satisfactory observed sessions competence needs (in each
 *                         region, when the skill has regions)
 * @param regions          ids of the body regions competence is signed off for separately; empty
 *                         when the skill does not depend on the region
 * @param references       the sources the skill cites, in the order written; never empty
 */
public record PracticalSkill(String id, String title, String moduleId, List<Step> steps, boolean required,
        int observedSessions, List<String> regions, List<Reference> references) {

    /** One observable step; a session with a critical step not done cannot be judged competent. */
    public record Step(String text, boolean critical) {
        public Step {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A body region competence is held for, from the file's {@code regions:} list. */
    public record Region(String id, String title) {
        public Region {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
        }
    }

    public PracticalSkill {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(moduleId, "moduleId");
        steps = List.copyOf(steps);
        regions = List.copyOf(regions);
        references = List.copyOf(references);
    }

    /** The steps' texts, in order. */
    public List<String> stepTexts() {
        return steps.stream().map(Step::text).toList();
    }
}
