package org.dnacademy.backup.boundary;

import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dnacademy.backup.control.Backup;
import org.dnacademy.backup.control.BackupFailedException;
import org.dnacademy.backup.control.Backups;
import org.dnacademy.identity.boundary.CurrentUser;
import org.dnacademy.platform.Messages;
import org.dnacademy.platform.Pages;

/** {@code admin/backups.xhtml}: the backups kept, and a backup on demand. */
@Named
@RequestScoped
public class BackupsBacking {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    @Inject
    Backups backups;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesContext faces;

    private List<Backup> kept;

    public void backUpNow() throws IOException {
        Backup made;
        try {
            made = backups.backUpNow(currentUser.getEmail());
        } catch (BackupFailedException e) {
            Messages.error(faces, "No backup was made. " + e.getMessage());
            return;
        }
        Messages.afterRedirect(faces, "Backup " + made.name() + " made (" + made.size() + ").");
        Pages.redirect(faces, "/admin/backups.xhtml");
    }

    public List<Backup> getKept() {
        if (kept == null) {
            kept = backups.kept();
        }
        return kept;
    }

    public String when(Backup backup) {
        return WHEN.format(backup.madeAt());
    }

    public String getDatabase() {
        return backups.isPostgres() ? "PostgreSQL, with pg_dump in its custom format" : "the embedded Derby database, with Derby's online backup";
    }

    public String getFolder() {
        return backups.settings().folder().toString();
    }

    public int getKeep() {
        return backups.settings().keep();
    }

    public String getSchedule() {
        int hours = backups.settings().intervalHours();
        return hours == 0 ? "No backups are scheduled (DNA_BACKUP_INTERVAL_HOURS is 0): only those made here."
                : hours == 24 ? "A backup is made every day." : "A backup is made every " + hours + " hours.";
    }
}
