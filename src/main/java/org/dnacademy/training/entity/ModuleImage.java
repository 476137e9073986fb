package org.dnacademy.training.entity;

import java.util.Locale;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.dnacademy.platform.Ids;

/** A diagram from a module's {@code images/} folder, kept with the version that shows it. */
@Entity
@Table(name = "module_image")
@NamedQuery(name = ModuleImage.CURRENT_BY_NAME, query = "SELECT i FROM ModuleImage i WHERE i.moduleVersion.moduleKey = :module "
        + "AND i.moduleVersion.current = TRUE AND i.fileName = :file")
public class ModuleImage {

    public static final String CURRENT_BY_NAME = "ModuleImage.currentByName";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = Ids.GENERATOR)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "module_version_id", updatable = false)
    private ModuleVersion moduleVersion;

    @Column(name = "file_name", nullable = false, updatable = false, length = 200)
    private String fileName;

    @Column(name = "media_type", nullable = false, updatable = false, length = 100)
    private String mediaType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected ModuleImage() {
    }

    ModuleImage(ModuleVersion moduleVersion, String fileName, byte[] content) {
        this.moduleVersion = moduleVersion;
        this.fileName = fileName;
        this.mediaType = mediaTypeOf(fileName);
        this.content = content.clone();
    }

    static String mediaTypeOf(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".svg")) {
            return "image/svg+xml";
        }
        if (lower.endsWith(".png")) {
            return "image/png";
        }
        return "image/jpeg";
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
