package org.dnacademy.platform;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.faces.context.FacesContext;

/** Answers for Faces pages that cannot show what was asked for. */
public final class Pages {

    private Pages() {
    }

    /** Redirects (303 after a post) to a path inside the application, and ends the Faces request. */
    public static void redirect(FacesContext faces, String path) {
        var external = faces.getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** A real 404 with the friendly page, for a record that does not exist or is not the caller's. */
    public static void notFound(FacesContext faces) {
        try {
            faces.getExternalContext().responseSendError(404, "Not found");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
