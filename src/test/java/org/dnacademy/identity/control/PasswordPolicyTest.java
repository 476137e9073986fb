package org.dnacademy.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsALongUncommonPassphrase() {
        assertTrue(PasswordPolicy.problemWith("tidal orchard lantern", "ada@example.org").isEmpty());
    }

    @Test
    void lengthIsCountedInCharactersFrom8To128() {
        assertEquals("Use at least 8 characters (15 or more is better).", PasswordPolicy.problemWith("x7#kQ2z", null).orElseThrow());
        assertTrue(PasswordPolicy.problemWith("x7#kQ2zp", null).isEmpty(), "8 characters is enough");
        assertTrue(PasswordPolicy.problemWith("é".repeat(128), null).isEmpty(), "128 characters is the maximum");
        assertEquals("Use at most 128 characters.", PasswordPolicy.problemWith("é".repeat(129), null).orElseThrow());
        // Four emoji are eight UTF-16 units but only four characters.
        assertTrue(PasswordPolicy.problemWith("😀😀😀😀", null).orElseThrow().startsWith("Use at least 8"));
        assertEquals("Enter a password.", PasswordPolicy.problemWith("", null).orElseThrow());
    }

    @Test
    void refusesTheMostCommonPasswordsWhateverTheirCase() {
        assertEquals(1000, CommonPasswords.size());
        for (String common : new String[] {"password", "12345678", "qwertyuiop", "Football", "PASSWORD1"}) {
            assertTrue(PasswordPolicy.problemWith(common, null).orElseThrow().contains("most commonly used"), common);
        }
    }

    @Test
    void refusesTheAccountsOwnEmailAddress() {
        assertEquals("Do not use your e-mail address as your password.",
                PasswordPolicy.problemWith("Ada@Example.org", "ada@example.org").orElseThrow());
    }
}
