package org.dnacademy.certification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CertificateCodeTest {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final String CANONICAL = "DNA-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-"
            + "[0-9A-HJKMNP-TV-Z]{5}";

    @Test
    void generatedCodesHaveTheCanonicalFormAndNormaliseToThemselves() {
        Random random = new SecureRandom();
        for (int i = 0; i < 10_000; i++) {
            String code = CertificateCode.generate(random);
            assertTrue(code.matches(CANONICAL), code);
            assertEquals(Optional.of(code), CertificateCode.normalise(code));
        }
    }

    @Test
    void everySingleSymbolSubstitutionIsRejected() {
        Random random = new Random(11);
        for (int n = 0; n < 200; n++) {
            String symbols = symbols(CertificateCode.generate(random));
            for (int i = 0; i < symbols.length(); i++) {
                for (char replacement : (ALPHABET + "U*~$=").toCharArray()) {
                    if (replacement == symbols.charAt(i)) {
                        continue;
                    }
                    String typo = symbols.substring(0, i) + replacement + symbols.substring(i + 1);
                    assertEquals(Optional.empty(), CertificateCode.normalise(typo), symbols + " -> " + typo);
                }
            }
        }
    }

    @Test
    void everyAdjacentTranspositionOfDistinctSymbolsIsRejected() {
        Random random = new Random(12);
        int tried = 0;
        for (int n = 0; n < 2_000; n++) {
            String symbols = symbols(CertificateCode.generate(random));
            for (int i = 0; i + 1 < symbols.length(); i++) {
                if (symbols.charAt(i) != symbols.charAt(i + 1)) {
                    assertEquals(Optional.empty(), CertificateCode.normalise(swap(symbols, i, i + 1)), symbols);
                    tried++;
                }
            }
        }
        assertTrue(tried > 30_000, "the check symbol position is included: " + tried);
    }

    @Test
    void transpositionsFurtherApartAreRejectedToo() {
        Random random = new Random(13);
        for (int n = 0; n < 500; n++) {
            String symbols = symbols(CertificateCode.generate(random));
            for (int i = 0; i < symbols.length(); i++) {
                for (int j = i + 2; j < symbols.length(); j++) {
                    if (symbols.charAt(i) != symbols.charAt(j)) {
                        assertEquals(Optional.empty(), CertificateCode.normalise(swap(symbols, i, j)), symbols);
                    }
                }
            }
        }
    }

    @Test
    void acceptsWhatAPersonTypes() {
        String code = CertificateCode.generate(new Random(14));
        String symbols = symbols(code);

        assertEquals(Optional.of(code), CertificateCode.normalise(code.toLowerCase()));
        assertEquals(Optional.of(code), CertificateCode.normalise(symbols));
        assertEquals(Optional.of(code), CertificateCode.normalise("  " + symbols.toLowerCase() + "\n"));
        assertEquals(Optional.of(code), CertificateCode.normalise("dna " + spaced(symbols, " ")));
        assertEquals(Optional.of(code), CertificateCode.normalise(spaced(symbols, "--")));
        assertEquals(Optional.of(code), CertificateCode.normalise("D-N-A" + spaced(symbols, "\u00A0")));
        assertEquals(Optional.of(code), CertificateCode.normalise(code.replace('-', '\u2013')));
    }

    @Test
    void readsCrockfordsConfusablesAsDigits() {
        String code = codeWith("10");
        String symbols = symbols(code);
        int at = symbols.indexOf("10");

        for (String typed : new String[] {"I0", "L0", "1O", "lo", "io", "Io"}) {
            String confused = symbols.substring(0, at) + typed + symbols.substring(at + 2);
            assertEquals(Optional.of(code), CertificateCode.normalise(confused), confused);
        }
    }

    @Test
    void aCodeMayStartWithTheLettersOfThePrefix() {
        String code = codeStartingWith("DNA");
        assertEquals(Optional.of(code), CertificateCode.normalise(symbols(code)));
        assertEquals(Optional.of(code), CertificateCode.normalise(code));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "-", "DNA", "DNA-", "hello world", "DNA-0000-0000-0000-0000",
            "DNA-0000-0000-0000-00000-0", "DNA-ÄÖÜ!-????-....-*****", "DNA-UUUU-UUUU-UUUU-UUUUU", "\u0000\uFFFF\uD800"})
    void rejectsGarbage(String typed) {
        assertEquals(Optional.empty(), CertificateCode.normalise(typed), typed);
    }

    @Test
    void rejectsWrongLengths() {
        String symbols = symbols(CertificateCode.generate(new Random(15)));
        assertEquals(Optional.empty(), CertificateCode.normalise(symbols.substring(1)));
        assertEquals(Optional.empty(), CertificateCode.normalise(symbols.substring(0, 16)));
        assertEquals(Optional.empty(), CertificateCode.normalise(symbols + "0"));
        assertEquals(Optional.empty(), CertificateCode.normalise("DNA" + symbols + "0"));
        assertEquals(Optional.empty(), CertificateCode.normalise("DN" + symbols));
        assertEquals(Optional.empty(), CertificateCode.normalise("XYZ" + symbols));
    }

    @Test
    void hugeInputIsRejectedWithoutReadingItAll() {
        String code = CertificateCode.generate(new Random(16));
        assertEquals(Optional.empty(), CertificateCode.normalise(code + " ".repeat(10_000_000)));
        assertEquals(Optional.empty(), CertificateCode.normalise("-".repeat(1_000_000)));
    }

    @Test
    void codesFromASeededRandomAreDistinct() {
        Random random = new Random(17);
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            codes.add(CertificateCode.generate(random));
        }
        assertEquals(100_000, codes.size());
    }

    @Test
    void allSymbolsAreUsed() {
        Random random = new Random(18);
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            symbols(CertificateCode.generate(random)).chars().forEach(c -> seen.add((char) c));
        }
        assertEquals(ALPHABET.length(), seen.size());
    }

    /** The 17 symbols of a canonical code, without prefix and hyphens. */
    private static String symbols(String code) {
        return code.substring(CertificateCode.PREFIX.length()).replace("-", "");
    }

    private static String swap(String s, int i, int j) {
        char[] chars = s.toCharArray();
        char c = chars[i];
        chars[i] = chars[j];
        chars[j] = c;
        return new String(chars);
    }

    private static String spaced(String symbols, String separator) {
        return String.join(separator, symbols.split(""));
    }

    private static String codeWith(String part) {
        Random random = new Random(19);
        while (true) {
            String code = CertificateCode.generate(random);
            if (symbols(code).substring(0, 16).contains(part)) {
                return code;
            }
        }
    }

    private static String codeStartingWith(String start) {
        Random random = new Random(20);
        while (true) {
            String code = CertificateCode.generate(random);
            if (symbols(code).startsWith(start)) {
                return code;
            }
        }
    }
}
