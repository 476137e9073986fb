package org.dnacademy.platform;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a request came from. Behind a reverse proxy every request arrives from the proxy, so
 * the proxy's {@code X-Forwarded-For} is read, but only when the request really comes from one of
 * the configured trusted proxies ({@code DNA_TRUSTED_PROXIES}): anyone else could write that header.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), Settings.current().trustedProxies());
    }

    /** The rightmost address in the chain that is not a trusted proxy: the first one a trusted proxy saw. */
    static String of(String remote, String forwardedFor, Set<String> trustedProxies) {
        if (remote == null || !trustedProxies.contains(remote) || forwardedFor == null || forwardedFor.isBlank()) {
            return remote == null ? "" : remote;
        }
        String[] chain = forwardedFor.split(",");
        for (int i = chain.length - 1; i >= 0; i--) {
            String hop = chain[i].strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop.length() > 64 ? hop.substring(0, 64) : hop;
            }
        }
        return remote;
    }
}
