package org.dnacademy.platform;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The first filter every request meets: it refuses, with a 4xx and a plain message, requests that
 * no page of this site sends and that only serve an attack.
 * <ul>
 * <li>A session id in the address ({@code ;jsessionid=}): sessions travel in a cookie only, so an
 * id in a link can only be an attempt to fix someone's session.</li>
 * <li>Addresses and Faces resource names with {@code ..}, {@code :}, backslashes, NUL, or
 * percent-encoded forms of them, however many times encoded. This closes the path-traversal and
 * remote-include route of CVE-2026-46581 in the bundled Mojarra (see README) for anything a
 * request can name: view ids come from the address, resource names from {@code ln}, {@code loc}
 * and {@code con}.</li>
 * <li>Parameters (in the address or a form) holding the NUL character: no one types it, and
 * PostgreSQL stores no text with it, so a search or sign-in with it would fail with a server
 * error deep inside.</li>
 * <li>Bodies over {@value #MAX_BODY_BYTES} bytes (no form here sends more), and chunked bodies of
 * unknown length, before anything reads them.</li>
 * </ul>
 */
@WebFilter(filterName = "RequestGuardFilter", asyncSupported = true)
public class RequestGuardFilter extends HttpFilter {

    /** The largest form post of the site (a practical session's notes) is a few kilobytes. */
    public static final long MAX_BODY_BYTES = 1024 * 1024;

    private static final List<String> RESOURCE_PARAMETERS = List.of("ln", "loc", "con");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String uri = request.getRequestURI();
        // The container removes ;jsessionid= from the URI it hands on, but says where the id came from.
        if (request.isRequestedSessionIdFromURL() || uri.toLowerCase(Locale.ROOT).contains(";jsessionid")) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "Addresses with a session id are not accepted. Open the page without it.");
            return;
        }
        if (!isSafePath(uri)) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "This address is not valid.");
            return;
        }
        if (hasBody(request)) {
            long length = request.getContentLengthLong();
            if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
                refuse(response, HttpServletResponse.SC_LENGTH_REQUIRED, "Send the length of the request body.");
                return;
            }
            if (length > MAX_BODY_BYTES) {
                refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                        "The request is too large: at most " + MAX_BODY_BYTES / 1024 + " KB can be sent.");
                return;
            }
        }
        if (hasNul(request.getParameterMap())) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST,
                    "The text you sent holds a NUL character (code 0), which cannot be stored. Remove it and send it again.");
            return;
        }
        if (uri.contains("/jakarta.faces.resource/") || uri.contains("/javax.faces.resource/")) {
            for (String parameter : RESOURCE_PARAMETERS) {
                String value = request.getParameter(parameter);
                if (value != null && !isSafeName(value)) {
                    refuse(response, HttpServletResponse.SC_BAD_REQUEST, "This resource name is not valid.");
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    /** Whether any value of any parameter holds U+0000. */
    static boolean hasNul(java.util.Map<String, String[]> parameters) {
        return parameters.values().stream().flatMap(java.util.Arrays::stream).anyMatch(value -> value != null && value.indexOf('\u0000') >= 0);
    }

    private static boolean hasBody(HttpServletRequest request) {
        String method = request.getMethod();
        return "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method);
    }

    /** A path, decoded up to three times, with no traversal, drive letter, scheme or hidden byte. */
    static boolean isSafePath(String raw) {
        String path = raw;
        for (int round = 0; round < 3; round++) {
            if (!isPlain(path, true)) {
                return false;
            }
            if (!path.contains("%")) {
                return true;
            }
            try {
                path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                return false;
            }
        }
        // Still encoded after three rounds: nothing this site sends is encoded that deeply.
        return isPlain(path, true) && !path.contains("%");
    }

    /** A library, locale or contract name: one plain segment. */
    static boolean isSafeName(String name) {
        return isPlain(name, false) && !name.contains("/") && !name.contains("%");
    }

    private static boolean isPlain(String text, boolean path) {
        if (text.contains("..") || text.contains(":") || text.contains("\\") || text.contains("\u0000")) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (path && (lower.contains("/web-inf") || lower.contains("/meta-inf"))) {
            return false;
        }
        return text.chars().noneMatch(c -> c < 0x20 || c == 0x7F);
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(message);
    }
}
