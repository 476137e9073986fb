package org.dnacademy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void aForwardedAddressIsBelievedOnlyFromATrustedProxy() {
        assertEquals("203.0.113.9", ClientAddress.of("203.0.113.9", "10.9.9.9", Set.of("10.0.0.5")),
                "anyone can write the header; only the proxy's word counts");
        assertEquals("198.51.100.7", ClientAddress.of("10.0.0.5", "198.51.100.7", Set.of("10.0.0.5")));
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", null, Set.of("10.0.0.5")));
    }

    @Test
    void theClientIsTheFirstAddressATrustedProxySawNotWhatTheClientClaimed() {
        // The client wrote "1.2.3.4" itself; the outer proxy appended the real client, then the inner proxy.
        assertEquals("198.51.100.7", ClientAddress.of("10.0.0.5", "1.2.3.4, 198.51.100.7, 10.0.0.6", Set.of("10.0.0.5", "10.0.0.6")));
    }
}
