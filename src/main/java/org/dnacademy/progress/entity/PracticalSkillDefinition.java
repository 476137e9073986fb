package org.dnacademy.progress.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.dnacademy.training.content.PracticalSkill;

/** A practical skill as defined by one version of {@code practical-skills.yaml}. */
@Entity
@Table(name = "practical_skill")
@NamedQuery(name = PracticalSkillDefinition.CURRENT,
        query = "SELECT s FROM PracticalSkillDefinition s WHERE s.current = TRUE ORDER BY s.position")
@NamedQuery(name = PracticalSkillDefinition.BY_VERSION,
        query = "SELECT s FROM PracticalSkillDefinition s WHERE s.skillsVersion = :version")
public class PracticalSkillDefinition {

    public static final String CURRENT = "PracticalSkillDefinition.current";
    public static final String BY_VERSION = "PracticalSkillDefinition.byVersion";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "skill_key", nullable = false, updatable = false, length = 64)
    private String skillKey;

    @Column(name = "skills_version", nullable = false, updatable = false, length = 64)
    private String skillsVersion;

    @Column(nullable = false, updatable = false, length = 300)
    private String title;

    @Column(name = "module_key", nullable = false, updatable = false, length = 64)
    private String moduleKey;

    /** One criterion per line. */
    @Column(nullable = false, updatable = false, length = 8000)
    private String criteria;

    @Column(nullable = false, updatable = false)
    private boolean required;

    @Column(name = "is_current", nullable = false)
    private boolean current;

    @Column(nullable = false, updatable = false)
    private int position;

    protected PracticalSkillDefinition() {
    }

    public PracticalSkillDefinition(PracticalSkill skill, String skillsVersion, int position) {
        this.skillKey = skill.id();
        this.skillsVersion = Objects.requireNonNull(skillsVersion);
        this.title = skill.title();
        this.moduleKey = skill.moduleId();
        this.criteria = String.join("\n", skill.stepTexts().stream().map(c -> c.replace('\n', ' ').strip()).toList());
        this.required = skill.required();
        this.position = position;
        this.current = true;
    }

    public void retire() {
        current = false;
    }

    public void makeCurrent() {
        current = true;
    }

    public Long getId() {
        return id;
    }

    public String getSkillKey() {
        return skillKey;
    }

    public String getSkillsVersion() {
        return skillsVersion;
    }

    public String getTitle() {
        return title;
    }

    public String getModuleKey() {
        return moduleKey;
    }

    public List<String> getCriteria() {
        return Arrays.asList(criteria.split("\n"));
    }

    public boolean isRequired() {
        return required;
    }

    public boolean isCurrent() {
        return current;
    }
}
