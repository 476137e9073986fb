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

    /** The latest e-mail the application sent to this address (test deployments only). */
    public static String lastTo(WebClient client, String email) {
        return client.getRaw("/test-support/last-mail?to=" + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8)).body();
    }

    /** Follows the confirmation link of the registration e-mail and presses the button, as the trainee would. */
    public static void confirm(WebClient client, String email) {
        WebClient.Page confirmation = client.get(link(lastTo(client, email)));
        WebClient.Page confirmed = client.submit(confirmation, "confirm", java.util.Map.of(), "submit");
        if (!confirmed.text().contains("your e-mail address is confirmed")) {
            throw new AssertionError("the confirmation link did not work: " + confirmed.text());
        }
    }

    /** Just the token of that link. */
    public static String token(String mail) {
        String link = link(mail);
        return link.substring(link.indexOf("token=") + "token=".length());
    }
}
