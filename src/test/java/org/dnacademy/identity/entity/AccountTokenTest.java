package org.dnacademy.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.dnacademy.identity.control.AccountMail;
import org.junit.jupiter.api.Test;

class AccountTokenTest {

    private static final Instant ISSUED = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void aResetLinkWorksForThirtyMinutesAndNotASecondLonger() {
        assertEquals(Duration.ofMinutes(30), AccountMail.PASSWORD_RESET_VALIDITY);
        var token = new AccountToken(1, AccountToken.Purpose.PASSWORD_RESET, "hash", ISSUED, ISSUED.plus(AccountMail.PASSWORD_RESET_VALIDITY));
        assertTrue(token.isUsable(ISSUED));
        assertTrue(token.isUsable(ISSUED.plus(Duration.ofMinutes(30)).minusMillis(1)));
        assertFalse(token.isUsable(ISSUED.plus(Duration.ofMinutes(30))), "expired at 30 minutes");
        assertFalse(token.isUsable(ISSUED.plus(Duration.ofHours(5))));
    }

    @Test
    void aTokenIsUsedOnce() {
        var token = new AccountToken(1, AccountToken.Purpose.INVITATION, "hash", ISSUED, ISSUED.plus(AccountMail.INVITATION_VALIDITY));
        token.use(ISSUED.plusSeconds(60));
        assertFalse(token.isUsable(ISSUED.plusSeconds(61)), "used: never again");
    }

    @Test
    void anEmailChangeTokenCarriesTheNewAddress() {
        var token = AccountToken.emailChange(7, "new@example.org", "hash", ISSUED, ISSUED.plus(AccountMail.EMAIL_CHANGE_VALIDITY));
        assertEquals(AccountToken.Purpose.EMAIL_CHANGE, token.getPurpose());
        assertEquals("new@example.org", token.getNewEmail());
    }
}
