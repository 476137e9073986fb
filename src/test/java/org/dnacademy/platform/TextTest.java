package org.dnacademy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void namesAreNormalisedToNfcAndTrimmed() {
        // "e" followed by a combining acute accent becomes the single character é.
        assertEquals("Zoë Renée", Text.line("  Zoe\u0308 Rene\u0301e ", "Your name"));
        assertEquals("Łukasz Ñúñez-García 山田", Text.line("Łukasz Ñúñez-García 山田", "Your name"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ada\u0000Lovelace", "Ada\nLovelace", "Ada\r\nLovelace", "Ada\tLovelace", "Ada\u202ELovelace",
            "Ada\u202DLovelace", "Ada\u2066Lovelace", "Ada\u200BLovelace", "Ada\u200DLovelace", "\uFEFFAda", "Ada\u0085Lovelace",
            "Ada\u2028Lovelace", "Ada\uD800Lovelace", "Ada\u007FLovelace"})
    void namesWithInvisibleCharactersAreRefusedWithAMessage(String name) {
        var refused = assertThrows(RejectedException.class, () -> Text.line(name, "Your name"));
        assertTrue(refused.getMessage().startsWith("Your name contains a character that cannot be shown (U+"), refused.getMessage());
    }

    @Test
    void notesKeepTheirLineBreaksButNotOtherControls() {
        assertEquals("Line one\nline two", Text.lines("Line one\r\nline two", "The notes"));
        assertEquals("a b", Text.lines("a\tb", "The notes"));
        assertThrows(RejectedException.class, () -> Text.lines("a\u0000b", "The notes"));
        assertThrows(RejectedException.class, () -> Text.lines("a\u202Eb", "The notes"));
    }

    @Test
    void storedTextIsCleanedWithoutLosingWhatCanBeSeen() {
        assertEquals("Ada Lovelace", Text.withoutInvisible("Ada\u202E\u0000 Lovelace\u200B", false));
        assertEquals("Ada Lovelace", Text.withoutInvisible("Ada\nLovelace", false), "a line break in a name becomes a space");
        assertEquals("one\ntwo", Text.withoutInvisible("one\r\ntwo\u200B", true));
    }
}
