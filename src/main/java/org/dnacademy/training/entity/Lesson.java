package org.dnacademy.training.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.dnacademy.platform.Ids;
import org.dnacademy.training.content.LessonContent;

/** One lesson of a module version: its HTML was rendered and sanitised when the files were loaded. */
@Entity
@Cacheable
@Table(name = "lesson")
public class Lesson {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = Ids.GENERATOR)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "module_version_id", updatable = false)
    private ModuleVersion moduleVersion;

    @Column(nullable = false, updatable = false, length = 200)
    private String slug;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(nullable = false, updatable = false, length = 300)
    private String title;

    @Lob
    @Column(nullable = false, updatable = false)
    private String html;

    /** SHA-256 of title and body: a completion counts in every version where this stays the same. */
    @Column(name = "content_hash", nullable = false, updatable = false, length = 64)
    private String contentHash;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "lesson_reference", joinColumns = @JoinColumn(name = "lesson_id"))
    @OrderColumn(name = "position")
    private List<LessonReference> references = new ArrayList<>();

    protected Lesson() {
    }

    Lesson(ModuleVersion moduleVersion, LessonContent content) {
        this.moduleVersion = moduleVersion;
        this.slug = content.slug();
        this.position = content.position();
        this.title = content.title();
        this.html = content.html();
        this.contentHash = sha256(content.title() + "\n" + content.html());
        content.references().forEach(reference -> references.add(new LessonReference(reference)));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Long getId() {
        return id;
    }

    public ModuleVersion getModuleVersion() {
        return moduleVersion;
    }

    public String getSlug() {
        return slug;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getHtml() {
        return html;
    }

    public String getContentHash() {
        return contentHash;
    }

    public List<LessonReference> getReferences() {
        return references;
    }
}
