package org.dnacademy.training.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.dnacademy.platform.Ids;
import org.dnacademy.training.content.CaseContent;

/** A case scenario: a patient vignette shared by several questions, which are always asked together. */
@Entity
@Cacheable
@Table(name = "question_case")
public class QuestionCase {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = Ids.GENERATOR)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "module_version_id", updatable = false)
    private ModuleVersion moduleVersion;

    @Column(name = "case_key", nullable = false, updatable = false, length = 100)
    private String caseKey;

    @Column(nullable = false, updatable = false, length = 300)
    private String title;

    @Column(nullable = false, updatable = false, length = 8000)
    private String vignette;

    protected QuestionCase() {
    }

    QuestionCase(ModuleVersion moduleVersion, CaseContent content) {
        this.moduleVersion = moduleVersion;
        this.caseKey = content.id();
        this.title = content.title();
        this.vignette = content.vignette();
    }

    public Long getId() {
        return id;
    }

    public String getCaseKey() {
        return caseKey;
    }

    public String getTitle() {
        return title;
    }

    public String getVignette() {
        return vignette;
    }
}
