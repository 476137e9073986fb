package org.dnacademy.training.content;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A rule, statute or regulator's page that a requirement profile rests on, and when it was last
 * read: rules change, so a profile says how fresh each of its sources is.
 *
 * @param publisher where it is published or where the text was read; null when the file names none
 * @param checked   the day someone last read the text at {@code url} and compared the profile with it
 */
public record ProfileSource(String authors, int year, String title, String publisher, String url, LocalDate checked) {

    public ProfileSource {
        Objects.requireNonNull(authors, "authors");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(checked, "checked");
    }
}
