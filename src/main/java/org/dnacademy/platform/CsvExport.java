package org.dnacademy.platform;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * CSV for spreadsheets (RFC 4180) that is safe to open: supervisors export trainee records and
 * open them in Excel or LibreOffice, and a cell typed by a trainee (a name, a free-text answer)
 * must never run there as a formula.
 * <ul>
 * <li><b>Formula injection.</b> Following the OWASP CSV injection guidance, a cell whose first
 * character is {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is prefixed
 * with a single quote {@code '}, which spreadsheets read as "this is text". OWASP checks only the
 * first character; here leading whitespace of any kind (spaces, no-break spaces, line feeds) is
 * skipped before the check as well (so {@code "  =1+1"} and {@code "\n@SUM(A1)"} are neutralised
 * too), because some spreadsheets trim cells on import and would then see the formula. The cost is that a negative number such as {@code -3} is exported as
 * the text {@code '-3}; exports are for reading, not for arithmetic, and a number that silently
 * turns into a formula is the worse failure, so this cost is accepted.</li>
 * <li><b>Quoting.</b> A cell containing a comma, a double quote, CR or LF is enclosed in double
 * quotes, with each double quote doubled. A cell containing a semicolon is quoted too: RFC 4180
 * allows any field to be quoted, and Excel in many European locales splits CSV on semicolons, where
 * an unquoted {@code "x;=1+1"} would become a second cell starting with {@code =}.</li>
 * <li><b>Line ends and encoding.</b> Records end with CRLF, as RFC 4180 asks. The caller writes the
 * characters as UTF-8; {@link #write} starts with a byte order mark (U+FEFF) because without one
 * Excel reads the file in the local code page and garbles accented names.</li>
 * <li>A null cell is written as an empty cell.</li>
 * </ul>
 */
public final class CsvExport {

    static final char BYTE_ORDER_MARK = '\uFEFF';
    static final String LINE_END = "\r\n";

    private CsvExport() {
    }

    /**
     * One record, neutralised and quoted, without its line end.
     *
     * @param cells the cells in column order; null cells become empty
     */
    public static String row(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells.get(i)));
        }
        return line.toString();
    }

    /**
     * A whole file: byte order mark, header, then the rows, every record ended by CRLF.
     *
     * @param out    a writer that encodes as UTF-8; not closed here
     * @param header the column names, neutralised like any other cell
     * @param rows   the records
     */
    public static void write(Writer out, List<String> header, Iterable<List<String>> rows) throws IOException {
        Objects.requireNonNull(header);
        out.write(BYTE_ORDER_MARK);
        out.write(row(header));
        out.write(LINE_END);
        for (List<String> cells : rows) {
            out.write(row(cells));
            out.write(LINE_END);
        }
        out.flush();
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = startsLikeFormula(value) ? "'" + value : value;
        if (needsQuotes(text)) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    /** The first character, or the first after leading whitespace, could start a formula. */
    private static boolean startsLikeFormula(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
                return true;
            }
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return false;
    }

    private static boolean needsQuotes(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n' || c == ';') {
                return true;
            }
        }
        return false;
    }
}
