package org.dnacademy.platform.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Flows text down A4 portrait pages from a cursor, starting a new page whenever the next line would
 * go below the bottom margin: paragraphs wrap inside the text width, headings are never left alone at
 * the bottom of a page, and tables repeat their header row on every page they continue on. Text from
 * users never stops a document: control characters become spaces and each character the font lacks
 * prints as "?" ({@link #replacedCharacters()} tells whether that happened).
 *
 * <p>Pages are drawn in two passes: {@link #finish} writes the footer ("Page N of M") on every page
 * once the page count is known. {@code y} is the top of the free space on the current page, in points
 * from the bottom.
 */
public final class FlowingPages {

    public static final TextStyle HEADING = new TextStyle(13, PdfHouse.BRAND);
    public static final TextStyle BODY = new TextStyle(9.5f, PdfHouse.INK);
    public static final TextStyle CELL = new TextStyle(8, PdfHouse.INK);
    public static final TextStyle HEADER_CELL = new TextStyle(8, PdfHouse.MUTED);
    public static final TextStyle FOOTER = new TextStyle(8, PdfHouse.MUTED);

    private static final String DASH = "\u2014";
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 54;
    private static final float TEXT_WIDTH = PAGE.getWidth() - 2 * MARGIN;
    /** Baseline of the footer; content stays above {@link #BOTTOM}, clear of it. */
    private static final float FOOTER_BASELINE = MARGIN - 8;
    private static final float BOTTOM = MARGIN + 16;
    private static final float TOP = PAGE.getHeight() - MARGIN;
    /** Space between table columns. */
    private static final float GUTTER = 6;
    /** Space above and below the text of a table row. */
    private static final float CELL_PADDING = 2.5f;

    /** A table column: its header and its share of the text width, relative to the other columns. */
    public record Column(String header, float share) {
    }

    private final PDDocument pdf;
    private final Glyphs glyphs;
    private PDPageContentStream content;
    private float y;

    public FlowingPages(PDDocument pdf, PDFont font) throws IOException {
        this.pdf = pdf;
        this.glyphs = new Glyphs(font);
        newPage();
    }

    public boolean replacedCharacters() {
        return glyphs.replaced();
    }

    public void heading(String title) throws IOException {
        gap(16);
        // A heading is never left alone at the bottom of a page.
        keep(HEADING.leading() + 4 * BODY.leading());
        paragraph(title, HEADING);
        gap(3);
    }

    public void paragraph(String text, TextStyle style) throws IOException {
        indented(text, style, 0);
    }

    public void indented(String text, TextStyle style, float indent) throws IOException {
        for (String line : wrap(glyphs.printable(text), style, TEXT_WIDTH - indent)) {
            keep(style.leading());
            show(content, line, style, MARGIN + indent, baseline(style));
            y -= style.leading();
        }
    }

    /** Blank space, except at the top of a page. */
    public void gap(float height) {
        if (y < TOP) {
            y -= height;
        }
    }

    /** Starts a new page unless {@code height} still fits on this one, or this one is still empty. */
    public void keep(float height) throws IOException {
        if (y - height < BOTTOM && y < TOP) {
            newPage();
        }
    }

    public Table table(Column... columns) throws IOException {
        return new Table(columns);
    }

    /** Ends the last page, then writes the footer on every page now that their number is known. */
    public void finish(String footerName, String generated) throws IOException {
        content.close();
        int count = pdf.getNumberOfPages();
        int number = 0;
        for (PDPage page : pdf.getPages()) {
            number++;
            try (PDPageContentStream footer = new PDPageContentStream(pdf, page, AppendMode.APPEND, true, true)) {
                footer(footer, footerName, generated, "Page " + number + " of " + count);
            }
        }
    }

    /** A rule, the trainee and date at the left, the page number at the right. */
    private void footer(PDPageContentStream footer, String footerName, String generated, String pageNumber)
            throws IOException {
        rule(footer, FOOTER_BASELINE + 11);
        float numberWidth = width(pageNumber, FOOTER);
        String after = " " + DASH + " " + generated;
        float nameWidth = TEXT_WIDTH - numberWidth - 2 * GUTTER - width(after, FOOTER);
        String name = shortened(glyphs.printable(footerName), FOOTER, nameWidth);
        show(footer, name + after, FOOTER, MARGIN, FOOTER_BASELINE);
        show(footer, pageNumber, FOOTER, MARGIN + TEXT_WIDTH - numberWidth, FOOTER_BASELINE);
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PAGE);
        pdf.addPage(page);
        content = new PDPageContentStream(pdf, page);
        y = TOP;
    }

    /** The baseline of a line of this style set at the cursor. */
    private float baseline(TextStyle style) {
        return y - style.size();
    }

    /**
     * Splits printable text into lines no wider than {@code width}, at spaces; a word wider than
     * a line is broken, after a hyphen if it has one.
     */
    private List<String> wrap(String text, TextStyle style, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (width(longer, style) <= width) {
                line = longer;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            List<String> pieces = pieces(word, style, width);
            lines.addAll(pieces.subList(0, pieces.size() - 1));
            line = pieces.get(pieces.size() - 1);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    /** A word cut into pieces no wider than {@code width}; one piece if it fits whole. */
    private List<String> pieces(String word, TextStyle style, float width) throws IOException {
        List<String> pieces = new ArrayList<>();
        String piece = "";
        for (int codePoint : word.codePoints().toArray()) {
            String glyph = Character.toString(codePoint);
            if (piece.isEmpty() || width(piece + glyph, style) <= width) {
                piece += glyph;
                continue;
            }
            int afterHyphen = piece.lastIndexOf('-') + 1;
            String rest = piece.substring(afterHyphen) + glyph;
            if (afterHyphen > 0 && width(rest, style) <= width) {
                pieces.add(piece.substring(0, afterHyphen));
                piece = rest;
            } else {
                pieces.add(piece);
                piece = glyph;
            }
        }
        pieces.add(piece);
        return pieces;
    }

    /** The text, cut short with an ellipsis if it is wider than {@code width}. */
    private String shortened(String text, TextStyle style, float width) throws IOException {
        if (width(text, style) <= width) {
            return text;
        }
        String shorter = text;
        while (!shorter.isEmpty() && width(shorter + "\u2026", style) > width) {
            shorter = shorter.substring(0, shorter.offsetByCodePoints(shorter.length(), -1));
        }
        return shorter + "\u2026";
    }

    private float width(String printable, TextStyle style) throws IOException {
        return glyphs.font().getStringWidth(printable) / 1000 * style.size();
    }

    private void show(PDPageContentStream stream, String printable, TextStyle style, float x, float baseline)
            throws IOException {
        if (printable.isEmpty()) {
            return;
        }
        float[] rgb = PdfHouse.rgb(style.colour());
        stream.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
        stream.beginText();
        stream.setFont(glyphs.font(), style.size());
        stream.newLineAtOffset(x, baseline);
        stream.showText(printable);
        stream.endText();
    }

    private static void rule(PDPageContentStream stream, float at) throws IOException {
        float[] rgb = PdfHouse.rgb(PdfHouse.RULE);
        stream.setStrokingColor(rgb[0], rgb[1], rgb[2]);
        stream.setLineWidth(0.5f);
        stream.moveTo(MARGIN, at);
        stream.lineTo(MARGIN + TEXT_WIDTH, at);
        stream.stroke();
    }

    /**
     * A table being drawn row by row. Its header row is drawn above the first row on every page
     * the table reaches. A row moves to the next page whole, unless it is taller than a page: then
     * it starts where it is and flows on line by line.
     */
    public final class Table {

        private final float[] left;
        private final float[] width;
        private final List<List<String>> header;
        /** The page the header was last drawn on, counting from 1. */
        private int headerPage;

        private Table(Column... columns) throws IOException {
            float shares = 0;
            for (Column column : columns) {
                shares += column.share();
            }
            float available = TEXT_WIDTH - GUTTER * (columns.length - 1);
            left = new float[columns.length];
            width = new float[columns.length];
            header = new ArrayList<>();
            float x = MARGIN;
            for (int i = 0; i < columns.length; i++) {
                left[i] = x;
                width[i] = available * columns[i].share() / shares;
                header.add(wrap(columns[i].header(), HEADER_CELL, width[i]));
                x += width[i] + GUTTER;
            }
        }

        /** One row, a value per column; nulls print as empty cells. */
        public void row(String... values) throws IOException {
            List<List<String>> cells = new ArrayList<>();
            for (int i = 0; i < values.length; i++) {
                cells.add(wrap(glyphs.printable(values[i]), CELL, width[i]));
            }
            float headerHeight = height(header, HEADER_CELL);
            float rowHeight = height(cells, CELL);
            boolean fitsAPage = headerHeight + rowHeight <= TOP - BOTTOM;
            float start = fitsAPage ? rowHeight : 2 * CELL_PADDING + 3 * CELL.leading();
            keep((headerOnThisPage() ? 0 : headerHeight) + start);
            headerUnlessShown();
            draw(cells, CELL);
        }

        private boolean headerOnThisPage() {
            return headerPage == pdf.getNumberOfPages();
        }

        private void headerUnlessShown() throws IOException {
            if (!headerOnThisPage()) {
                headerPage = pdf.getNumberOfPages();
                draw(header, HEADER_CELL);
            }
        }

        /** Draws the cells' lines side by side, then a rule under them. */
        private void draw(List<List<String>> cells, TextStyle style) throws IOException {
            y -= CELL_PADDING;
            for (int line = 0; line < lineCount(cells); line++) {
                if (y - style.leading() < BOTTOM) {
                    // Only a row taller than a page gets here; it continues under the header.
                    newPage();
                    headerUnlessShown();
                    y -= CELL_PADDING;
                }
                for (int column = 0; column < cells.size(); column++) {
                    List<String> cell = cells.get(column);
                    if (line < cell.size()) {
                        show(content, cell.get(line), style, left[column], baseline(style));
                    }
                }
                y -= style.leading();
            }
            y -= CELL_PADDING;
            rule(content, y);
        }
    }

    private static int lineCount(List<List<String>> cells) {
        return cells.stream().mapToInt(List::size).max().orElse(1);
    }

    private static float height(List<List<String>> cells, TextStyle style) {
        return 2 * CELL_PADDING + lineCount(cells) * style.leading();
    }

    /**
     * Makes text printable in the font: runs of whitespace and control characters become one
     * space, and each character the font has no glyph for becomes "?". Remembers whether that
     * happened, so the document can say so.
     */
    private static final class Glyphs {

        private final PDFont font;
        private final Map<Integer, Boolean> known = new HashMap<>();
        private boolean replaced;

        Glyphs(PDFont font) {
            this.font = font;
        }

        String printable(String text) {
            StringBuilder printable = new StringBuilder();
            PdfHouse.oneLine(text).codePoints().forEach(codePoint -> {
                if (known.computeIfAbsent(codePoint, this::hasGlyph)) {
                    printable.appendCodePoint(codePoint);
                } else {
                    printable.append('?');
                    replaced = true;
                }
            });
            return printable.toString();
        }

        PDFont font() {
            return font;
        }

        boolean replaced() {
            return replaced;
        }

        private boolean hasGlyph(int codePoint) {
            try {
                font.encode(Character.toString(codePoint));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        }

    }
}
