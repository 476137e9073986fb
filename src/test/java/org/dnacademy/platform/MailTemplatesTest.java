package org.dnacademy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class MailTemplatesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/mail");

    @Test
    void everyTemplateHasTextAndHtmlAndRendersWithTheValuesItNames() throws IOException {
        List<String> kinds;
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            kinds = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).map(n -> n.replace(".txt", "")).sorted().toList();
        }
        assertTrue(kinds.size() >= 11, kinds.toString());
        for (String kind : kinds) {
            assertTrue(Files.exists(TEMPLATES.resolve(kind + ".html")), kind + ".html");
            Map<String, Object> values = new HashMap<>();
            for (String file : List.of(kind + ".txt", kind + ".html")) {
                Matcher placeholder = Pattern.compile("\\{\\{([a-zA-Z0-9]+)\\}\\}").matcher(Files.readString(TEMPLATES.resolve(file)));
                while (placeholder.find()) {
                    values.put(placeholder.group(1), "value-of-" + placeholder.group(1));
                }
            }
            MailTemplates.Rendered rendered = MailTemplates.render(kind, values);
            assertFalse(rendered.subject().isBlank(), kind);
            assertFalse(rendered.text().contains("{{"), kind + " text has an unfilled placeholder");
            assertFalse(rendered.html().contains("{{"), kind + " HTML has an unfilled placeholder");
            assertTrue(rendered.html().startsWith("<!DOCTYPE html>"), kind);
            values.keySet().forEach(name -> assertTrue(rendered.text().contains("value-of-" + name)
                    || rendered.html().contains("value-of-" + name), kind + " uses " + name));
        }
    }

    @Test
    void valuesAreEscapedInHtmlAndKeptAsTheyAreInText() {
        var rendered = MailTemplates.render("password-reset", Map.of("name", "<b>Bo & \"Co\"</b>", "link", "https://x.test/r?a=1&b=2"));
        assertTrue(rendered.text().contains("Hello <b>Bo & \"Co\"</b>,"), rendered.text());
        assertTrue(rendered.html().contains("Hello &lt;b&gt;Bo &amp; &quot;Co&quot;&lt;/b&gt;,"), rendered.html());
        assertFalse(rendered.html().contains("<b>Bo"), "a name never becomes markup");
        assertTrue(rendered.html().contains("href=\"https://x.test/r?a=1&amp;b=2\""), rendered.html());
        assertEquals("Reset your DN Academy password", rendered.subject());
    }

    @Test
    void listsBecomeLinesInTextAndBulletsInHtml() {
        Map<String, Object> values = new HashMap<>();
        for (String name : List.of("summary", "name", "cohorts", "expiringDays", "expiringCount", "overdueCount", "awaitingCount",
                "stuckDays", "stuckCount", "link")) {
            values.put(name, "x");
        }
        values.put("expiring", List.of("Ada Lovelace", "Bo <Brown>"));
        values.put("overdue", List.of());
        values.put("awaiting", List.of("One"));
        values.put("stuck", List.of());
        var rendered = MailTemplates.render("supervisor-digest", values);
        assertTrue(rendered.text().contains("  - Ada Lovelace\n  - Bo <Brown>"), rendered.text());
        assertTrue(rendered.text().contains("(none)"), rendered.text());
        assertTrue(rendered.html().contains("<ul><li>Ada Lovelace</li><li>Bo &lt;Brown&gt;</li></ul>"), rendered.html());
        assertTrue(rendered.html().contains("<p>None.</p>"), rendered.html());
    }

    @Test
    void aMissingValueOrAnUnknownTemplateFailsAtOnce() {
        assertThrows(IllegalArgumentException.class, () -> MailTemplates.render("password-reset", Map.of("name", "Bo")));
        assertThrows(IllegalArgumentException.class, () -> MailTemplates.render("no-such-kind", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> MailTemplates.render("../layout", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> MailTemplates.render("password-reset", Map.of("name", 3, "link", "x")));
    }
}
