package org.dnacademy.progress.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.dnacademy.platform.Ids;
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
    @GeneratedValue(strategy = GenerationType.TABLE, generator = Ids.GENERATOR)
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

    /** The checklist; empty for versions loaded before checklists (then {@link #criteria} holds the steps). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "practical_skill_step", joinColumns = @JoinColumn(name = "skill_id"))
    @OrderBy("position")
    private List<SkillStep> steps = new ArrayList<>();

    @Column(name = "observed_sessions", nullable = false, updatable = false)
    private int observedSessions = 1;

    /** Region ids, comma separated; empty when the skill is not signed off by region. */
    @Column(nullable = false, updatable = false, length = 500)
    private String regions = "";

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
        int step = 0;
        for (PracticalSkill.Step written : skill.steps()) {
            steps.add(new SkillStep(++step, written.text().replace('\n', ' ').strip(), written.critical()));
        }
        this.observedSessions = Math.max(1, skill.observedSessions());
        this.regions = String.join(",", skill.regions());
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

    /** The checklist in order; for versions from before checklists, their criteria as non-critical steps. */
    public List<SkillStep> getSteps() {
        if (!steps.isEmpty()) {
            return Collections.unmodifiableList(steps);
        }
        List<SkillStep> legacy = new ArrayList<>();
        List<String> written = getCriteria();
        for (int i = 0; i < written.size(); i++) {
            legacy.add(new SkillStep(i + 1, written.get(i), false));
        }
        return legacy;
    }

    /** Satisfactory observed sessions competence needs, in each region when the skill has regions. */
    public int getObservedSessions() {
        return observedSessions;
    }

    /** The regions the skill is signed off for one by one; empty when it is not signed off by region. */
    public List<String> getRegionKeys() {
        return regions.isBlank() ? List.of() : List.of(regions.split(","));
    }

    public boolean isByRegion() {
        return !getRegionKeys().isEmpty();
    }

    public boolean isRequired() {
        return required;
    }

    public boolean isCurrent() {
        return current;
    }
}
