package org.dnacademy.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The e-mails (and in-app notices) the application writes: one template per kind, as files under
 * {@code src/main/resources/mail/}, so wording is changed in one place and read by people who do not
 * read Java. Each kind has a plain-text template {@code KIND.txt}, whose first line is
 * {@code Subject: ...}, and an HTML template {@code KIND.html}, which is placed into
 * {@code layout.html}. Placeholders are written {@code {{name}}}; a value is a string, or a list of
 * strings shown as lines in text and as a bulleted list in HTML. Every value is HTML-escaped in the
 * HTML body, so a name typed by a person can never become markup. A template that names a value the
 * caller did not give fails at once (every template is rendered by {@code MailTemplatesTest}).
 */
public final class MailTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z][a-zA-Z0-9]*)\\}\\}");
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private MailTemplates() {
    }

    /** A subject, a plain-text body and the same as HTML. */
    public record Rendered(String subject, String text, String html) {
    }

    /**
     * @param kind   the template's file name without extension, e.g. {@code password-reset}
     * @param values every placeholder the template names: {@link String} or {@code List<String>}
     * @throws IllegalArgumentException when the template names a value not given, or a value is of another type
     */
    public static Rendered render(String kind, Map<String, ?> values) {
        if (!kind.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("not a template name: " + kind);
        }
        String text = read(kind + ".txt");
        if (!text.startsWith("Subject: ") || !text.contains("\n")) {
            throw new IllegalStateException("mail/" + kind + ".txt must start with a line 'Subject: ...'");
        }
        int endOfSubject = text.indexOf('\n');
        String subject = fill(text.substring("Subject: ".length(), endOfSubject).strip(), values, false, kind);
        String body = fill(text.substring(endOfSubject + 1).strip() + "\n", values, false, kind);
        String layout = read("layout.html");
        int content = layout.indexOf("{{content}}");
        String html = layout.substring(0, content).replace("{{subject}}", escape(subject)) + fill(read(kind + ".html"), values, true, kind)
                + layout.substring(content + "{{content}}".length());
        return new Rendered(subject, body, html);
    }

    private static String fill(String template, Map<String, ?> values, boolean html, String kind) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            String name = placeholder.group(1);
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("mail/" + kind + " needs a value for {{" + name + "}}");
            }
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(value(values.get(name), html, name)));
        }
        placeholder.appendTail(filled);
        return filled.toString();
    }

    private static String value(Object value, boolean html, String name) {
        if (value instanceof String text) {
            return html ? escape(text) : text;
        }
        if (value instanceof List<?> items && items.stream().allMatch(String.class::isInstance)) {
            if (items.isEmpty()) {
                return html ? "<p>None.</p>" : "  (none)";
            }
            if (html) {
                StringBuilder list = new StringBuilder("<ul>");
                items.forEach(item -> list.append("<li>").append(escape((String) item)).append("</li>"));
                return list.append("</ul>").toString();
            }
            StringBuilder lines = new StringBuilder();
            items.forEach(item -> lines.append(lines.isEmpty() ? "" : "\n").append("  - ").append(item));
            return lines.toString();
        }
        throw new IllegalArgumentException("{{" + name + "}} must be a string or a list of strings, not " + value);
    }

    /** Text made safe inside HTML elements and quoted attributes. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String read(String file) {
        return CACHE.computeIfAbsent(file, name -> {
            try (InputStream in = MailTemplates.class.getResourceAsStream("/mail/" + name)) {
                if (in == null) {
                    throw new IllegalArgumentException("no mail template mail/" + name);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
