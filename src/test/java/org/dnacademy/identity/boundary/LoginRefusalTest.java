package org.dnacademy.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.ejb.EJBException;

import org.dnacademy.platform.RejectedException;
import org.junit.jupiter.api.Test;

/** The sign-in page finds the identity store's "busy" refusal however deeply the security layer wrapped it. */
class LoginRefusalTest {

    @Test
    void aWrappedRefusalIsFoundAndAnyOtherFailureIsNot() {
        RejectedException busy = new RejectedException("The server is busy. Please try again in a moment.");
        assertSame(busy, LoginBacking.refusalIn(new IllegalStateException("authentication failed", new EJBException(busy))));
        assertSame(busy, LoginBacking.refusalIn(busy));
        assertNull(LoginBacking.refusalIn(new IllegalStateException("database down", new RuntimeException("no connection"))));
    }
}
