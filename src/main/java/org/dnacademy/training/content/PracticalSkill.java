package org.dnacademy.training.content;

import java.util.List;
import java.util.Objects;

/**
 * A practical skill from {@code modules/practical-skills.yaml}: something a supervisor must see the
 * trainee do before signing it off, as opposed to knowledge tested by a module's quiz.
 *
 * @param id         stable, unique among the skills; same shape as a module id
 * @param moduleId   the id of the module the skill belongs to (it always exists)
 * @param criteria   what the supervisor must observe, in the order written; never empty
 * @param required   whether the skill counts toward the programme certificate
 * @param references the sources the skill cites, in the order written; never empty
 */
public record PracticalSkill(String id, String title, String moduleId, List<String> criteria, boolean required,
        List<Reference> references) {

    public PracticalSkill {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(moduleId, "moduleId");
        criteria = List.copyOf(criteria);
        references = List.copyOf(references);
    }
}
