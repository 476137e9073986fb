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

    /**
     * The ids of the rows a page showed, read back from its hidden {@code rows} field on a post.
     * A table with a control per row must see the same rows on the post as on the page, or a
     * click could act on whichever record has moved into that place in the meantime.
     */
    public static java.util.Optional<java.util.List<Long>> postedRowIds(FacesContext faces) {
        String rows = faces.getExternalContext().getRequestParameterMap().get("rows");
        if (rows == null || !faces.isPostback()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(rows.isBlank() ? java.util.List.of()
                    : java.util.Arrays.stream(rows.split(",")).map(Long::valueOf).toList());
        } catch (NumberFormatException e) {
            return java.util.Optional.of(java.util.List.of());
        }
    }

    /** The value of a hidden {@code rows} field for these ids. */
    public static String rowIds(java.util.List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
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
