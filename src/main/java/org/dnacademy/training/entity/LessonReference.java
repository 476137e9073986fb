package org.dnacademy.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.dnacademy.training.content.Reference;

/** A source cited by a lesson; its place in the list is its citation number minus one. */
@Embeddable
public class LessonReference {

    @Column(name = "ref_key", nullable = false, length = 100)
    private String key;

    @Column(nullable = false, length = 2000)
    private String citation;

    @Column(length = 200)
    private String doi;

    protected LessonReference() {
    }

    LessonReference(Reference reference) {
        this.key = reference.key();
        this.citation = reference.citation();
        this.doi = reference.doi();
    }

    public String getKey() {
        return key;
    }

    public String getCitation() {
        return citation;
    }

    public String getDoi() {
        return doi;
    }
}
