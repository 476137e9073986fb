package org.dnacademy.training.content;

import java.util.regex.Pattern;

/** The shape of every id and key an author writes: stable, readable and safe in a URL. */
final class ContentIds {

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    static final String SHAPE = "lower-case letters and digits, words joined by single hyphens";

    private ContentIds() {
    }

    static boolean isValid(String id) {
        return ID.matcher(id).matches();
    }
}
