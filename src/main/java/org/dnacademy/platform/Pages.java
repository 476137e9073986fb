package org.dnacademy.platform;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.faces.context.FacesContext;

/** Answers for Faces pages that cannot show what was asked for. */
public final class Pages {

    private Pages() {
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
