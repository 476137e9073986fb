package org.dnacademy.training.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LessonRendererTest {

    private final LessonRenderer renderer = new LessonRenderer("safety");

    private String html(String markdown) {
        return renderer.render(markdown).html();
    }

    @Test
    void citationBecomesANumberedSuperscriptLink() {
        assertEquals("<p>The pleura is close <sup class=\"cite\"><a href=\"#ref-1\">1</a></sup>.</p>\n",
                html("The pleura is close [@chen-2018]."));
    }

    @Test
    void severalSourcesInOneCitationAreEachLinked() {
        assertEquals("<p>Depth varies <sup class=\"cite\"><a href=\"#ref-1\">1</a>, <a href=\"#ref-2\">2</a></sup>.</p>\n",
                html("Depth varies [@chen-2018; @chu-2018]."));
    }

    @Test
    void sourcesAreNumberedInOrderOfFirstCitation() {
        RenderedLesson lesson = renderer.render("""
                First [@chu-2018]. Second [@chen-2018; @chu-2018].

                - Third [@kim-2002] and again [@chen-2018].
                """);
        assertEquals(List.of("chu-2018", "chen-2018", "kim-2002"), lesson.citedKeys());
        assertTrue(lesson.html().contains("First <sup class=\"cite\"><a href=\"#ref-1\">1</a></sup>."), lesson.html());
        assertTrue(lesson.html().contains("Second <sup class=\"cite\"><a href=\"#ref-2\">2</a>, <a href=\"#ref-1\">1</a></sup>."), lesson.html());
        assertTrue(lesson.html().contains("Third <sup class=\"cite\"><a href=\"#ref-3\">3</a></sup> and again <sup class=\"cite\"><a href=\"#ref-2\">2</a></sup>."), lesson.html());
    }

    @Test
    void everyCitationIsReportedWithItsLine() {
        RenderedLesson lesson = renderer.render("One [@a-1].\n\nTwo [@b-2; @a-1].\n\n| x |\n|---|\n| cell [@c-3] |\n");
        assertEquals(List.of(new RenderedLesson.Citation(1, "a-1"), new RenderedLesson.Citation(3, "b-2"),
                new RenderedLesson.Citation(3, "a-1"), new RenderedLesson.Citation(7, "c-3")), lesson.citations());
    }

    @Test
    void citationInCodeIsLeftAsWritten() {
        RenderedLesson lesson = renderer.render("Write `[@chen-2018]` to cite.");
        assertEquals("<p>Write <code>[@chen-2018]</code> to cite.</p>\n", lesson.html());
        assertTrue(lesson.citedKeys().isEmpty());
    }

    @Test
    void malformedCitationIsReportedAndShownAsText() {
        RenderedLesson lesson = renderer.render("Text\nmore [@Chen 2018] here.");
        assertEquals(List.of(new RenderedLesson.Found(2, "[@Chen 2018]")), lesson.malformedCitations());
        assertTrue(lesson.html().contains("more [@Chen 2018] here."), lesson.html());
    }

    @Test
    void scriptIsEscapedNotRun() {
        RenderedLesson lesson = renderer.render("Intro.\n\n<script>alert('x')</script>\n\nText <img src=x onerror=alert(1)> end.");
        assertFalse(lesson.html().contains("<script"), lesson.html());
        assertFalse(lesson.html().contains("<img"), lesson.html());
        assertTrue(lesson.html().contains("&lt;script&gt;alert('x')&lt;/script&gt;"), lesson.html());
        assertEquals(List.of(3, 5), lesson.rawHtml().stream().map(RenderedLesson.Found::line).toList());
    }

    @Test
    void javascriptLinksAreRemoved() {
        String html = html("[Click me](javascript:alert(1)) and ![Diagram](javascript:alert(2)) and [ok](https://example.org/a)");
        assertFalse(html.contains("javascript:"), html);
        assertTrue(html.contains("<a rel=\"nofollow\" href=\"\">Click me</a>"), html);
        assertTrue(html.contains("<img src=\"\" alt=\"Diagram\""), html);
        assertTrue(html.contains("<a rel=\"nofollow\" href=\"https://example.org/a\">ok</a>"), html);
    }

    @Test
    void moduleImageIsServedFromTheModulePathWithAltTextAndLazyLoading() {
        RenderedLesson lesson = renderer.render("Intro.\n\n![Layers of the chest wall](../images/chest-wall.svg)\n");
        assertEquals("<p>Intro.</p>\n<p><img src=\"images/safety/chest-wall.svg\" alt=\"Layers of the chest wall\" loading=\"lazy\" /></p>\n",
                lesson.html());
        assertEquals(List.of(new RenderedLesson.Image(3, "Layers of the chest wall", "../images/chest-wall.svg")), lesson.images());
    }

    @Test
    void imageWithoutAltTextIsReportedWithEmptyAlt() {
        assertEquals(List.of(new RenderedLesson.Image(1, "", "../images/x.png")), renderer.render("![](../images/x.png)").images());
    }

    @Test
    void headingsStartAtH2BecauseTheTitleIsTheH1() {
        String html = html("# One\n\n## Two\n\n### Three\n\n#### Four\n");
        assertEquals("<h2>One</h2>\n<h2>Two</h2>\n<h3>Three</h3>\n<h4>Four</h4>\n", html);
        assertFalse(html.contains("<h1"));
    }

    @Test
    void citationInAHeadingIsLinked() {
        assertEquals("<h2>Depth <sup class=\"cite\"><a href=\"#ref-1\">1</a></sup></h2>\n", html("## Depth [@chen-2018]"));
    }

    @Test
    void tablesAreRendered() {
        String html = html("| Review | Finding |\n|---|---|\n| Liu 2015 | Helps [@liu-2015] |\n");
        assertTrue(html.startsWith("<table>"), html);
        assertTrue(html.contains("<td>Helps <sup class=\"cite\"><a href=\"#ref-1\">1</a></sup></td>"), html);
    }
}
