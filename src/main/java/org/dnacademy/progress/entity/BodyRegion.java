package org.dnacademy.progress.entity;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A body region competence is signed off for, as one version of {@code practical-skills.yaml} lists it. */
@Entity
@Table(name = "practical_region")
@IdClass(BodyRegion.Key.class)
@NamedQuery(name = BodyRegion.OF_VERSION, query = "SELECT r FROM BodyRegion r WHERE r.skillsVersion = :version ORDER BY r.position")
public class BodyRegion {

    public static final String OF_VERSION = "BodyRegion.ofVersion";

    @Id
    @Column(name = "skills_version", length = 64)
    private String skillsVersion;

    @Id
    @Column(name = "region_key", length = 64)
    private String regionKey;

    @Column(nullable = false, updatable = false, length = 200)
    private String title;

    @Column(nullable = false, updatable = false)
    private int position;

    protected BodyRegion() {
    }

    public BodyRegion(String skillsVersion, String regionKey, String title, int position) {
        this.skillsVersion = Objects.requireNonNull(skillsVersion);
        this.regionKey = Objects.requireNonNull(regionKey);
        this.title = Objects.requireNonNull(title);
        this.position = position;
    }

    public String getRegionKey() {
        return regionKey;
    }

    public String getTitle() {
        return title;
    }

    /** The composite key: a region id within one version of the skills file. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        String skillsVersion;
        String regionKey;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(skillsVersion, key.skillsVersion) && Objects.equals(regionKey, key.regionKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(skillsVersion, regionKey);
        }
    }
}
