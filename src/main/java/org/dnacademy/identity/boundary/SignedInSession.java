package org.dnacademy.identity.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.dnacademy.identity.entity.Account;

/**
 * What a session remembers of its sign-in: the account's session generation at that moment. When
 * the account's generation has moved on (its password changed, or its owner signed out everywhere),
 * the session is signed out at its next request, on whichever instance that request lands.
 */
final class SignedInSession {

    static final String GENERATION = "dnacademy.sessionGeneration";

    private SignedInSession() {
    }

    /** Records the sign-in (or the password change this session made) in the session. */
    static void begin(HttpServletRequest request, Account account) {
        request.getSession().setAttribute(GENERATION, account.getSessionGeneration());
    }

    /** Whether the session was signed in under the account's current generation. */
    static boolean isCurrent(HttpServletRequest request, Account account) {
        HttpSession session = request.getSession(false);
        return session != null && Integer.valueOf(account.getSessionGeneration()).equals(session.getAttribute(GENERATION));
    }
}
