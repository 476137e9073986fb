package org.dnacademy.identity.boundary;

import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.dnacademy.identity.entity.Account;
import org.dnacademy.platform.Settings;

/**
 * What a session remembers of its sign-in: the account's session generation at that moment, when
 * it signed in and when it was last used. A session ends at its next request, on whichever instance
 * that request lands, when
 * <ul>
 * <li>the account's generation has moved on (its password changed, its owner signed out
 * everywhere, an administrator disabled it) or the account is disabled;</li>
 * <li>it was idle longer than {@link Settings#sessionIdle()} (30 minutes unless configured);</li>
 * <li>it is older than {@link Settings#sessionLifetime()} (12 hours), however busy.</li>
 * </ul>
 * Both times are read from the application's clock, so tests can move them; the servlet container
 * also drops the session a little after the idle time, which frees its memory. Nothing a person
 * saved is in the session: a quiz's answers are stored as they are given, and signing in again
 * resumes the attempt.
 */
final class SignedInSession {

    static final String GENERATION = "dnacademy.sessionGeneration";
    static final String SIGNED_IN_AT = "dnacademy.signedInAt";
    static final String LAST_SEEN = "dnacademy.lastSeen";

    /** The last-used time is written at most this often, so a busy session is not rewritten on every request. */
    static final Duration TOUCH_EVERY = Duration.ofSeconds(30);

    /** Why a session is no longer signed in, as the sign-in page explains it. */
    enum Ended {
        ELSEWHERE("elsewhere"),
        IDLE("idle"),
        EXPIRED("expired");

        final String parameter;

        Ended(String parameter) {
            this.parameter = parameter;
        }
    }

    private SignedInSession() {
    }

    /** Records a sign-in in the session. */
    static void begin(HttpServletRequest request, Account account, Instant now) {
        HttpSession session = request.getSession();
        session.setAttribute(GENERATION, account.getSessionGeneration());
        session.setAttribute(SIGNED_IN_AT, now);
        session.setAttribute(LAST_SEEN, now);
        Duration idle = Settings.current().sessionIdle();
        session.setMaxInactiveInterval((int) idle.plusMinutes(5).toSeconds());
    }

    /** The account's generation moved on because of this session (its password change): it stays signed in, its times unchanged. */
    static void renew(HttpServletRequest request, Account account) {
        request.getSession().setAttribute(GENERATION, account.getSessionGeneration());
    }

    /** Whether the session was signed in under the account's current generation. */
    static boolean isCurrent(HttpServletRequest request, Account account) {
        HttpSession session = request.getSession(false);
        return session != null && Integer.valueOf(account.getSessionGeneration()).equals(session.getAttribute(GENERATION));
    }

    /**
     * Why this request's session has ended, or null when it is still signed in (its last use is then
     * recorded).
     */
    static Ended check(HttpServletRequest request, Account account, Instant now, Duration idle, Duration lifetime) {
        if (account.isDisabled() || !isCurrent(request, account)) {
            return Ended.ELSEWHERE;
        }
        HttpSession session = request.getSession(false);
        Instant signedInAt = session.getAttribute(SIGNED_IN_AT) instanceof Instant at ? at : now;
        Instant lastSeen = session.getAttribute(LAST_SEEN) instanceof Instant at ? at : now;
        if (now.isAfter(lastSeen.plus(idle))) {
            return Ended.IDLE;
        }
        if (now.isAfter(signedInAt.plus(lifetime))) {
            return Ended.EXPIRED;
        }
        if (session.getAttribute(SIGNED_IN_AT) == null) {
            // Signed in before sessions had lifetimes: the lifetime counts from now.
            session.setAttribute(SIGNED_IN_AT, now);
        }
        if (!now.isBefore(lastSeen.plus(TOUCH_EVERY)) || session.getAttribute(LAST_SEEN) == null) {
            session.setAttribute(LAST_SEEN, now);
        }
        return null;
    }
}
