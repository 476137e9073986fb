package org.dnacademy.training.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole programme as read from {@code modules/}.
 *
 * @param modules       in programme order ({@code order} in {@code module.yaml})
 * @param references    by key, in the order of {@code references.yaml}
 * @param skills        the practical skills of {@code practical-skills.yaml}, in the order written;
 *                      empty when the curriculum has no such file
 * @param skillsVersion hex SHA-256 of {@code practical-skills.yaml} and of the references it cites,
 *                      versioned on its own: a change to the skills never changes a module's
 *                      {@link ModuleContent#version() version}, and a module change never changes
 *                      this one. Without the file it is {@link #NO_SKILLS_VERSION}.
 * @param profiles      the requirement profiles of {@code requirements/*.yaml}, in file-name order;
 *                      empty when the curriculum has no such folder. Each has its own version;
 *                      none is part of a module's or the skills' version.
 */
public record Curriculum(List<ModuleContent> modules, Map<String, Reference> references, List<PracticalSkill> skills,
        List<PracticalSkill.Region> regions, String skillsVersion, List<RequirementProfile> profiles) {

    /** The {@link #skillsVersion()} of a curriculum without {@code practical-skills.yaml}: SHA-256 of nothing. */
    public static final String NO_SKILLS_VERSION = PracticalSkillsReader.NO_SKILLS_VERSION;

    public Curriculum {
        modules = List.copyOf(modules);
        references = Collections.unmodifiableMap(new LinkedHashMap<>(references));
        skills = List.copyOf(skills);
        regions = List.copyOf(regions);
        Objects.requireNonNull(skillsVersion, "skillsVersion");
        profiles = List.copyOf(profiles);
    }

    /** A curriculum without requirement profiles, as before {@code requirements/} existed. */
    public Curriculum(List<ModuleContent> modules, Map<String, Reference> references, List<PracticalSkill> skills,
            List<PracticalSkill.Region> regions, String skillsVersion) {
        this(modules, references, skills, regions, skillsVersion, List.of());
    }

    /** A curriculum without practical skills or profiles, as before {@code practical-skills.yaml} existed. */
    public Curriculum(List<ModuleContent> modules, Map<String, Reference> references) {
        this(modules, references, List.of(), List.of(), NO_SKILLS_VERSION, List.of());
    }

    public Optional<ModuleContent> module(String id) {
        return modules.stream().filter(module -> module.id().equals(id)).findFirst();
    }

    public Optional<PracticalSkill> skill(String id) {
        return skills.stream().filter(skill -> skill.id().equals(id)).findFirst();
    }

    public Optional<RequirementProfile> profile(String id) {
        return profiles.stream().filter(profile -> profile.id().equals(id)).findFirst();
    }
}
