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
     * A record id as an address or form sends it: digits only, small enough for a long. Anything
     * else (text, a sign, an overflow) is no id at all, and the page answers "not found".
     */
    public static Long id(String written) {
        return written != null && written.matches("[0-9]{1,18}") ? Long.valueOf(written) : null;
    }

    /** At most this many rows are taken back from one post: no table here shows more. */
    static final int MAX_POSTED_ROWS = 500;

    /**
     * The rows a table showed, on a post from it, or nothing: a table with a control per row must
     * see the same rows on the post as on the page, or a click could act on whichever record has
     * moved into that place meanwhile. The ids come back in the page's hidden {@code rows} field,
     * and a browser can send any ids there, so each is re-selected through the viewer's scope by
     * {@code findInScope}. When any id is not found there (the list changed, or the ids were
     * tampered with) no row is taken at all and the result is {@link Rows#stale stale}: nothing is
     * read or changed for an id the viewer may not see.
     *
     * @return empty when the request is not a post with a {@code rows} field
     */
    public static <T> java.util.Optional<Rows<T>> postedRows(FacesContext faces,
            java.util.function.Function<Long, java.util.Optional<T>> findInScope) {
        return postedRows(faces, "rows", findInScope);
    }

    /** {@link #postedRows(FacesContext, java.util.function.Function)} for a page with more than one such table: each names its own field. */
    public static <T> java.util.Optional<Rows<T>> postedRows(FacesContext faces, String field,
            java.util.function.Function<Long, java.util.Optional<T>> findInScope) {
        String posted = faces.getExternalContext().getRequestParameterMap().get(field);
        if (posted == null || !faces.isPostback()) {
            return java.util.Optional.empty();
        }
        if (posted.isBlank()) {
            return java.util.Optional.of(new Rows<>(java.util.List.of(), false));
        }
        String[] ids = posted.split(",", MAX_POSTED_ROWS + 1);
        if (ids.length > MAX_POSTED_ROWS) {
            return java.util.Optional.of(Rows.refused());
        }
        java.util.List<T> rows = new java.util.ArrayList<>();
        for (String id : ids) {
            if (!id.matches("[0-9]{1,18}")) {
                return java.util.Optional.of(Rows.refused());
            }
            java.util.Optional<T> row = findInScope.apply(Long.valueOf(id));
            if (row.isEmpty()) {
                return java.util.Optional.of(Rows.refused());
            }
            rows.add(row.get());
        }
        return java.util.Optional.of(new Rows<>(rows, false));
    }

    /** The rows a post acts on; {@code stale} when the list it came from is no longer the viewer's. */
    public record Rows<T>(java.util.List<T> rows, boolean stale) {
        static <T> Rows<T> refused() {
            return new Rows<>(java.util.List.of(), true);
        }
    }

    /** Said when a post from a table is refused because its rows are not the viewer's list any more. */
    public static final String STALE_ROWS = "The list changed since you opened this page, so nothing was done. Open the page again to see it as it is now.";

    /** The value of a hidden {@code rows} field for these ids. */
    public static String rowIds(java.util.List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
    }

    /** A real 404 with the friendly page, for a record that does not exist or is not the caller's. */
    /** The enum constant a form field names; null for none or for a name that is not one (the rules then say what is missing). */
    public static <E extends Enum<E>> E choice(Class<E> type, String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, written);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static void notFound(FacesContext faces) {
        try {
            faces.getExternalContext().responseSendError(404, "Not found");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
