package org.dnacademy.certification.control;

import java.util.Optional;
import java.util.Random;

/**
 * The code printed on a certificate and typed into the public verification page.
 *
 * <p>A code is 16 random symbols (80 bits) and one check symbol, all from Crockford's base32
 * alphabet ({@code 0-9 A-Z} without {@code I L O U}), so it can be read aloud and typed from paper.
 * The canonical form is {@code DNA-XXXX-XXXX-XXXX-XXXXC}: the prefix tells a reader whose code it
 * is, four groups of four are easy to copy, and the check symbol rides on the last group rather
 * than standing alone, where it would look like a fifth, shorter group and invite being left off.
 *
 * <p><b>Check symbol.</b> Crockford's own mod-37 check needs five extra symbols ({@code * ~ $ = U})
 * that look like punctuation on a certificate and that people drop or mistype. ISO 7064's
 * alternatives do not fit 32 symbols: a pure MOD 31 system cannot tell {@code 0} from {@code Z}
 * (their values differ by 31), and the hybrid MOD 33,32 analogue of MOD 37,36 lets some adjacent
 * transpositions through. So the check is the ISO 7064 pure-system idea, a sum of
 * symbol values weighted by powers of a radix, computed in the finite field GF(32) instead of
 * modulo a prime: every symbol value is a field element, the weights are powers of {@code x}, and
 * the check symbol makes the weighted sum of all 17 symbols zero. Equivalently it is a Damm check
 * over the quasigroup {@code a * b = x·a + b}. Because {@code x} has order 31 and every weight is
 * non-zero, it detects every single-symbol substitution and every transposition of two different
 * symbols, adjacent or not, while the check symbol stays inside the 32-symbol alphabet.
 *
 * <p>The randomness comes from the caller: pass a {@link java.security.SecureRandom} in production
 * so codes cannot be guessed; tests pass a seeded {@link Random}.
 */
public final class CertificateCode {

    public static final String PREFIX = "DNA";

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int RANDOM_SYMBOLS = 16;
    private static final int SYMBOLS = RANDOM_SYMBOLS + 1;
    private static final int GROUP = 4;
    /** Generous for spaces and hyphens, small enough that pasted junk is rejected at once. */
    private static final int MAX_TYPED_LENGTH = 64;
    /** x^5 + x^2 + 1, a primitive polynomial, so x generates all 31 non-zero elements of GF(32). */
    private static final int FIELD_POLYNOMIAL = 0b100101;

    private CertificateCode() {
    }

    /** A new code in canonical form, its 16 random symbols drawn from {@code random}. */
    public static String generate(Random random) {
        int[] values = new int[SYMBOLS];
        for (int i = 0; i < RANDOM_SYMBOLS; i++) {
            values[i] = random.nextInt(ALPHABET.length());
        }
        values[RANDOM_SYMBOLS] = checkValue(values, RANDOM_SYMBOLS);
        return canonical(values);
    }

    /**
     * Reads a code as a person types it: any case, spaces and hyphens anywhere, with or without the
     * {@code DNA} prefix, and {@code I}/{@code L} read as {@code 1}, {@code O} as {@code 0}.
     *
     * @return the canonical form when the length and the check symbol are right; empty for
     *         anything else, including {@code null} and input longer than any sensible typing of a
     *         code
     */
    public static Optional<String> normalise(String typed) {
        if (typed == null || typed.length() > MAX_TYPED_LENGTH) {
            return Optional.empty();
        }
        StringBuilder symbols = new StringBuilder(SYMBOLS + PREFIX.length());
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (!isSeparator(c)) {
                symbols.append(Character.toUpperCase(c));
            }
        }
        // The length tells whether the prefix is there: D, N and A are also code symbols.
        if (symbols.length() == PREFIX.length() + SYMBOLS && symbols.indexOf(PREFIX) == 0) {
            symbols.delete(0, PREFIX.length());
        }
        if (symbols.length() != SYMBOLS) {
            return Optional.empty();
        }
        int[] values = new int[SYMBOLS];
        for (int i = 0; i < SYMBOLS; i++) {
            int value = ALPHABET.indexOf(readAs(symbols.charAt(i)));
            if (value < 0) {
                return Optional.empty();
            }
            values[i] = value;
        }
        if (weightedSum(values, SYMBOLS) != 0) {
            return Optional.empty();
        }
        return Optional.of(canonical(values));
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '-'
                // hyphens and dashes that word processors and PDF viewers put on the clipboard
                || (c >= '\u2010' && c <= '\u2015') || c == '\u2212';
    }

    /** Crockford's reading of the letters left out of the alphabet because they look like digits. */
    private static char readAs(char c) {
        return switch (c) {
            case 'I', 'L' -> '1';
            case 'O' -> '0';
            default -> c;
        };
    }

    /** The check value that makes the weighted sum of the first {@code length} values and it zero. */
    private static int checkValue(int[] values, int length) {
        // Adding the check c gives x·s + c, which is zero (in characteristic 2) when c = x·s.
        return timesX(weightedSum(values, length));
    }

    /** Horner's rule in GF(32): the first symbol carries the highest power of x. */
    private static int weightedSum(int[] values, int length) {
        int sum = 0;
        for (int i = 0; i < length; i++) {
            sum = timesX(sum) ^ values[i];
        }
        return sum;
    }

    private static int timesX(int element) {
        int shifted = element << 1;
        return (shifted & 0b100000) != 0 ? shifted ^ FIELD_POLYNOMIAL : shifted;
    }

    private static String canonical(int[] values) {
        StringBuilder code = new StringBuilder(PREFIX);
        for (int i = 0; i < SYMBOLS; i++) {
            if (i % GROUP == 0 && i < RANDOM_SYMBOLS) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(values[i]));
        }
        return code.toString();
    }
}
