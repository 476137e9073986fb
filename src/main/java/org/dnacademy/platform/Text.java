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

    /** A {@link #line} that must be given and fit {@code max} characters; {@code what} names it in the message. */
    public static String requiredLine(String text, String what, int max) {
        String line = optionalLine(text, what, max);
        if (line == null) {
            throw new RejectedException(what + " is needed.");
        }
        return line;
    }

    /** A {@link #line} that may be left blank (null then) and must fit {@code max} characters. */
    public static String optionalLine(String text, String what, int max) {
        return fitting(text == null ? null : line(text, what), what, max);
    }

    /** {@link #lines} that must be given and fit {@code max} characters. */
    public static String requiredLines(String text, String what, int max) {
        String lines = optionalLines(text, what, max);
        if (lines == null) {
            throw new RejectedException(what + " is needed.");
        }
        return lines;
    }

    /** {@link #lines} that may be left blank (null then) and must fit {@code max} characters. */
    public static String optionalLines(String text, String what, int max) {
        return fitting(text == null ? null : lines(text, what), what, max);
    }

    /**
     * A date typed or picked in a form (year-month-day, as a date field sends it); null when left blank.
     *
     * @throws RejectedException naming the field when it is not such a date
     */
    public static java.time.LocalDate date(String written, String what) {
        if (written == null || written.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(written.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new RejectedException(what + ": write the date as year-month-day, for example 2026-11-20.");
        }
    }

    /** A whole number typed in a form; null when left blank. */
    public static Integer wholeNumber(String written, String what) {
        if (written == null || written.isBlank()) {
            return null;
        }
        String digits = written.strip().replace(",", "");
        if (!digits.matches("[0-9]{1,9}")) {
            throw new RejectedException(what + ": write a whole number, for example 25.");
        }
        return Integer.valueOf(digits);
    }

    private static String fitting(String text, String what, int max) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (text.codePointCount(0, text.length()) > max) {
            throw new RejectedException(what + " is too long: keep it under " + String.format("%,d", max) + " characters.");
        }
        return text;
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
