package org.dnacademy.platform;

import java.text.Normalizer;

/**
 * Text people type that the application keeps and prints (names, notes, reasons): normalised to
 * Unicode NFC, so that the same name is stored the same way however it was typed, and refused when
 * it holds characters that cannot be seen. Control characters (NUL, line breaks in a name) break
 * CSV files and PDFs; direction overrides (U+202E) and zero-width characters make one name look
 * like another on a certificate. Refusing them with a message is safer than silently removing them.
 */
public final class Text {

    private Text() {
    }

    /**
     * One line of text (a name, a title, a reason): NFC, blanks at the ends removed.
     *
     * @param what how the message names the field, e.g. "Your name"
     * @throws RejectedException when it holds control, format or direction characters
     */
    public static String line(String text, String what) {
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        int bad = firstInvisible(normalised, false);
        if (bad >= 0) {
            throw new RejectedException(what + " contains a character that cannot be shown (" + describe(normalised.codePointAt(bad))
                    + "). Type it again without line breaks, tabs or invisible characters.");
        }
        return normalised;
    }

    /**
     * Several lines (notes, comments): as {@link #line}, but line breaks are kept (as {@code \n}) and
     * tabs become spaces.
     */
    public static String lines(String text, String what) {
        String normalised = Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' '),
                Normalizer.Form.NFC).strip();
        int bad = firstInvisible(normalised, true);
        if (bad >= 0) {
            throw new RejectedException(what + " contains a character that cannot be shown (" + describe(normalised.codePointAt(bad))
                    + "). Type it again without invisible characters.");
        }
        return normalised;
    }

    /** The same text with every character {@link #line} refuses removed, for data stored before the rule. */
    public static String withoutInvisible(String text, boolean keepLineBreaks) {
        if (text == null) {
            return null;
        }
        String normalised = Normalizer.normalize(keepLineBreaks ? text.replace("\r\n", "\n") : text, Normalizer.Form.NFC);
        StringBuilder kept = new StringBuilder(normalised.length());
        normalised.codePoints().forEach(c -> {
            if (!invisible(c, keepLineBreaks)) {
                kept.appendCodePoint(c);
            } else if (!keepLineBreaks && (c == '\n' || c == '\r' || c == '\t')) {
                kept.append(' ');
            }
        });
        return kept.toString().strip();
    }

    /**
     * A SQL {@code LIKE} pattern (with {@code ESCAPE '\\'}) matching text that contains what was
     * typed, in lower case, its wildcards taken literally: someone searching for "50%" or "a_b"
     * finds exactly that.
     */
    public static String likeContaining(String typed) {
        String lower = typed.strip().toLowerCase(java.util.Locale.ROOT);
        return "%" + lower.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static int firstInvisible(String text, boolean lineBreaksAllowed) {
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            if (invisible(text.codePointAt(i), lineBreaksAllowed)) {
                return i;
            }
        }
        return -1;
    }

    static boolean invisible(int codePoint, boolean lineBreaksAllowed) {
        if (lineBreaksAllowed && codePoint == '\n') {
            return false;
        }
        int type = Character.getType(codePoint);
        return type == Character.CONTROL // NUL, CR, LF, TAB, DEL, C1 controls
                || type == Character.FORMAT // zero-width, direction marks and overrides, soft hyphen, BOM
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SURROGATE // a lone half of a pair
                || type == Character.UNASSIGNED || type == Character.PRIVATE_USE;
    }

    private static String describe(int codePoint) {
        String name = Character.getName(codePoint);
        return String.format("U+%04X%s", codePoint, name == null ? "" : " " + name.toLowerCase(java.util.Locale.ROOT));
    }
}
