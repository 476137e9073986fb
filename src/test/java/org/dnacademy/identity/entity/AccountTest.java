package org.dnacademy.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void disablingEndsEverySessionOnceAndEnablingKeepsThemEnded() {
        var account = new Account("ada@example.org", "Ada", "hash", Role.TRAINEE, NOW);
        int before = account.getSessionGeneration();
        account.disable("admin@example.org", NOW);
        assertTrue(account.isDisabled());
        assertEquals(before + 1, account.getSessionGeneration(), "its sessions end");
        account.disable("admin@example.org", NOW.plusSeconds(5));
        assertEquals(before + 1, account.getSessionGeneration(), "disabling again changes nothing");
        assertEquals(NOW, account.getDisabledAt());
        account.enable();
        assertFalse(account.isDisabled());
        assertEquals(before + 1, account.getSessionGeneration(), "sessions ended while disabled stay ended");
        assertEquals("hash", account.getPasswordHash(), "the password is kept");
    }

    @Test
    void aNewAddressIsConfirmedNormalisedAndEndsSessions() {
        var account = new Account("ada@example.org", "Ada", "hash", Role.TRAINEE, NOW);
        int before = account.getSessionGeneration();
        account.changeEmail(" Ada.New@Example.ORG ", NOW);
        assertEquals("ada.new@example.org", account.getEmail());
        assertTrue(account.isEmailVerified());
        assertEquals(before + 1, account.getSessionGeneration());
    }
}
