package org.dnacademy.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.dnacademy.identity.entity.Account;
import org.dnacademy.identity.entity.Role;
import org.junit.jupiter.api.Test;

class SignedInSessionTest {

    private static final Duration IDLE = Duration.ofMinutes(30);
    private static final Duration LIFETIME = Duration.ofHours(12);
    private static final Instant SIGNED_IN = Instant.parse("2026-03-02T08:00:00Z");

    private final Map<String, Object> attributes = new HashMap<>();
    private final HttpServletRequest request = request(attributes);
    private final Account account = new Account("ada@example.org", "Ada", "hash", Role.TRAINEE, SIGNED_IN);

    /** A session signed in at SIGNED_IN (what SignedInSession.begin records). */
    private void signedIn() {
        attributes.put(SignedInSession.GENERATION, account.getSessionGeneration());
        attributes.put(SignedInSession.SIGNED_IN_AT, SIGNED_IN);
        attributes.put(SignedInSession.LAST_SEEN, SIGNED_IN);
    }

    private SignedInSession.Ended at(Instant now) {
        return SignedInSession.check(request, account, now, IDLE, LIFETIME);
    }

    @Test
    void aSessionInUseStaysSignedInAndRecordsItsLastUse() {
        signedIn();
        assertNull(at(SIGNED_IN.plus(Duration.ofMinutes(29))));
        assertEquals(SIGNED_IN.plus(Duration.ofMinutes(29)), attributes.get(SignedInSession.LAST_SEEN));
        assertNull(at(SIGNED_IN.plus(Duration.ofMinutes(58))), "used 29 minutes ago: not idle");
    }

    @Test
    void aSessionIdleLongerThanTheIdleTimeEnds() {
        signedIn();
        assertNull(at(SIGNED_IN.plus(IDLE)));
        attributes.put(SignedInSession.LAST_SEEN, SIGNED_IN);
        assertEquals(SignedInSession.Ended.IDLE, at(SIGNED_IN.plus(IDLE).plusSeconds(1)));
    }

    @Test
    void aBusySessionEndsAtItsLifetime() {
        signedIn();
        Instant now = SIGNED_IN;
        while (now.isBefore(SIGNED_IN.plus(LIFETIME))) {
            now = now.plus(Duration.ofMinutes(10));
            assertNull(at(now), "busy every 10 minutes, at " + now);
        }
        assertEquals(SignedInSession.Ended.EXPIRED, at(now.plusSeconds(1)));
    }

    @Test
    void aPasswordChangeElsewhereOrADisabledAccountEndsTheSession() {
        signedIn();
        account.endOtherSessions();
        assertEquals(SignedInSession.Ended.ELSEWHERE, at(SIGNED_IN.plusSeconds(1)));
        signedIn();
        account.disable("admin@example.org", SIGNED_IN);
        attributes.put(SignedInSession.GENERATION, account.getSessionGeneration());
        assertEquals(SignedInSession.Ended.ELSEWHERE, at(SIGNED_IN.plusSeconds(1)), "disabled, whatever the generation");
    }

    /** A request whose session holds the given attributes. */
    private static HttpServletRequest request(Map<String, Object> attributes) {
        HttpSession session = (HttpSession) Proxy.newProxyInstance(SignedInSessionTest.class.getClassLoader(), new Class<?>[] {HttpSession.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    default -> null;
                });
        return (HttpServletRequest) Proxy.newProxyInstance(SignedInSessionTest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> method.getName().equals("getSession") ? session : null);
    }
}
