package org.dnacademy.training.control;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.dnacademy.training.content.Curriculum;
import org.dnacademy.training.content.RequirementProfile;

/**
 * The requirement profiles of the curriculum this instance loaded ({@code modules/requirements/}),
 * with the modules and practical skills each one asks for. Profiles are read from the files at
 * every start, like the rest of the curriculum; each carries the hash of its text as its version.
 */
@ApplicationScoped
public class RequirementProfiles {

    private volatile Curriculum curriculum;

    void loaded(@Observes CurriculumLoaded event) {
        curriculum = event.curriculum();
    }

    public List<RequirementProfile> all() {
        Curriculum loaded = curriculum;
        return loaded == null ? List.of() : loaded.profiles();
    }

    public Optional<RequirementProfile> find(String id) {
        return id == null ? Optional.empty() : all().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The module ids the profile asks for, in programme order or as listed. */
    public List<String> moduleIds(RequirementProfile profile) {
        return curriculum == null ? List.of() : profile.moduleIds(curriculum);
    }

    /** The practical skill ids the profile asks for. */
    public List<String> skillIds(RequirementProfile profile) {
        return curriculum == null ? List.of() : profile.skillIds(curriculum);
    }
}
