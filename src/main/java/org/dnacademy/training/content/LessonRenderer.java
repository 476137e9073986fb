package org.dnacademy.training.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Turns a lesson's Markdown into HTML that is safe to put in a page: HTML written in the lesson is
 * escaped and unsafe link schemes such as {@code javascript:} are removed, so a lesson can never run
 * a script. Citations {@code [@key]} become numbered superscript links to the References section the
 * page prints, images from the module's {@code images/} folder point to where the page serves them,
 * and headings start at h2 because the lesson title is the page's only h1.
 */
public final class LessonRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private static final Parser PARSER = Parser.builder()
            .extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private static final HtmlRenderer HTML = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                if (node instanceof Image) {
                    attributes.put("loading", "lazy");
                }
            })
            .nodeRendererFactory(CitationRenderer::new)
            .build();

    /** Anything written {@code [@...]}; whether it is a well-formed citation is checked after. */
    private static final Pattern CITATION = Pattern.compile("\\[(@[^\\]]*)\\]");

    private static final Pattern CITED_KEY = Pattern.compile("@(" + ContentIds.ID.pattern() + ")");

    /** How a lesson points at a file of its module's {@code images/} folder. */
    static final Pattern MODULE_IMAGE = Pattern.compile("\\.\\./images/([^/\\\\]+)");

    private final String moduleId;

    /** @param moduleId images are served from {@code images/<module-id>/} */
    public LessonRenderer(String moduleId) {
        this.moduleId = moduleId;
    }

    public RenderedLesson render(String markdown) {
        Node document = PARSER.parse(markdown);
        Findings findings = new Findings();
        document.accept(findings);
        Map<String, Integer> numbers = new LinkedHashMap<>();
        List<RenderedLesson.Citation> citations = new ArrayList<>();
        List<RenderedLesson.Found> malformed = new ArrayList<>();
        for (Text text : findings.texts) {
            replaceCitations(text, numbers, citations, malformed);
        }
        return new RenderedLesson(HTML.render(document), List.copyOf(numbers.keySet()), citations, malformed,
                findings.images, findings.rawHtml);
    }

    /** Splits a text node around its citations, numbering keys in order of first citation. */
    private static void replaceCitations(Text text, Map<String, Integer> numbers,
            List<RenderedLesson.Citation> citations, List<RenderedLesson.Found> malformed) {
        String literal = text.getLiteral();
        Matcher matcher = CITATION.matcher(literal);
        int line = lineOf(text);
        int copiedUpTo = 0;
        List<Node> pieces = new ArrayList<>();
        while (matcher.find()) {
            List<String> keys = citedKeys(matcher.group(1));
            if (keys.isEmpty()) {
                malformed.add(new RenderedLesson.Found(line, matcher.group()));
                continue;
            }
            List<Integer> cited = new ArrayList<>();
            for (String key : keys) {
                citations.add(new RenderedLesson.Citation(line, key));
                cited.add(numbers.computeIfAbsent(key, newKey -> numbers.size() + 1));
            }
            if (matcher.start() > copiedUpTo) {
                pieces.add(new Text(literal.substring(copiedUpTo, matcher.start())));
            }
            pieces.add(new CitationNode(cited));
            copiedUpTo = matcher.end();
        }
        if (pieces.isEmpty()) {
            return;
        }
        if (copiedUpTo < literal.length()) {
            pieces.add(new Text(literal.substring(copiedUpTo)));
        }
        for (Node piece : pieces) {
            text.insertBefore(piece);
        }
        text.unlink();
    }

    /** The keys of {@code @a; @b}, or none when any part is not a key. */
    private static List<String> citedKeys(String inside) {
        List<String> keys = new ArrayList<>();
        for (String part : inside.split(";", -1)) {
            Matcher key = CITED_KEY.matcher(part.strip());
            if (!key.matches()) {
                return List.of();
            }
            keys.add(key.group(1));
        }
        return keys;
    }

    private static int lineOf(Node node) {
        return node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().get(0).getLineIndex() + 1;
    }

    /** One pass over the parsed lesson: adjusts headings and images, notes what must be checked. */
    private final class Findings extends AbstractVisitor {

        final List<Text> texts = new ArrayList<>();
        final List<RenderedLesson.Image> images = new ArrayList<>();
        final List<RenderedLesson.Found> rawHtml = new ArrayList<>();

        @Override
        public void visit(Heading heading) {
            heading.setLevel(Math.max(2, heading.getLevel()));
            visitChildren(heading);
        }

        @Override
        public void visit(Text text) {
            texts.add(text);
        }

        @Override
        public void visit(Image image) {
            // Not visiting the children: a citation in alt text would not render as a link anyway.
            images.add(new RenderedLesson.Image(lineOf(image), altText(image), image.getDestination()));
            Matcher local = MODULE_IMAGE.matcher(image.getDestination());
            if (local.matches()) {
                image.setDestination("images/" + moduleId + "/" + local.group(1));
            }
        }

        @Override
        public void visit(HtmlBlock html) {
            rawHtml.add(new RenderedLesson.Found(lineOf(html), firstLine(html.getLiteral())));
        }

        @Override
        public void visit(HtmlInline html) {
            rawHtml.add(new RenderedLesson.Found(lineOf(html), firstLine(html.getLiteral())));
        }

        private static String firstLine(String html) {
            String line = html.strip().lines().findFirst().orElse("");
            return line.length() > 60 ? line.substring(0, 57) + "..." : line;
        }

        private static String altText(Image image) {
            StringBuilder alt = new StringBuilder();
            image.accept(new AbstractVisitor() {
                @Override
                public void visit(Text text) {
                    alt.append(text.getLiteral());
                }

                @Override
                public void visit(Code code) {
                    alt.append(code.getLiteral());
                }

                @Override
                public void visit(SoftLineBreak lineBreak) {
                    alt.append(' ');
                }
            });
            return alt.toString().strip();
        }
    }

    /** One or more citation numbers at one place in the text, e.g. {@code [@a; @b]}. */
    static final class CitationNode extends CustomNode {

        final List<Integer> numbers;

        CitationNode(List<Integer> numbers) {
            this.numbers = List.copyOf(numbers);
        }
    }

    /** Writes {@code <sup class="cite"><a href="#ref-1">1</a>, <a href="#ref-2">2</a></sup>}. */
    private static final class CitationRenderer implements NodeRenderer {

        private final HtmlWriter html;

        CitationRenderer(HtmlNodeRendererContext context) {
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(CitationNode.class);
        }

        @Override
        public void render(Node node) {
            List<Integer> numbers = ((CitationNode) node).numbers;
            html.tag("sup", Map.of("class", "cite"));
            for (int i = 0; i < numbers.size(); i++) {
                if (i > 0) {
                    html.text(", ");
                }
                html.tag("a", Map.of("href", "#ref-" + numbers.get(i)));
                html.text(String.valueOf(numbers.get(i)));
                html.tag("/a");
            }
            html.tag("/sup");
        }
    }
}
