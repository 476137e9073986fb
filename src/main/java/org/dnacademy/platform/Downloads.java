package org.dnacademy.platform;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

/** Answers for file downloads (PDFs, ZIPs, spreadsheets) that hold personal data. */
public final class Downloads {

    private Downloads() {
    }

    /** Never kept in a shared cache or the browser's back-button cache: they name people and their results. */
    public static void personal(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
    }

    /** A download refused for a reason the person can act on (a filter too broad, say): the status with the reason as text. */
    public static void refuse(HttpServletResponse response, int status, String reason) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain; charset=UTF-8");
        personal(response);
        response.getWriter().write(reason);
    }
}
