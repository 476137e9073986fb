package org.dnacademy.testing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the links out of the e-mails the application sends. */
public final class Mail {

    private static final Pattern LINK = Pattern.compile("https?://\\S+?(/[a-z-]+\\.xhtml\\?token=[A-Za-z0-9_-]+)");

    private Mail() {
    }

    /** The path and query of the first link to a page of the site, e.g. {@code /confirm-email.xhtml?token=...}. */
    public static String link(String mail) {
        Matcher link = LINK.matcher(mail);
        if (!link.find()) {
            throw new AssertionError("no link in the e-mail:\n" + mail);
        }
        return link.group(1);
    }

    /** Just the token of that link. */
    public static String token(String mail) {
        String link = link(mail);
        return link.substring(link.indexOf("token=") + "token=".length());
    }
}
