package org.dnacademy.testing.clock;

import java.io.IOException;
import java.time.Duration;
import java.time.format.DateTimeParseException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Test deployments only: {@code POST /test-support/clock?advance=PT4S} moves the server's
 * {@link AdjustableClock} forward, so tests outside the server (browsers, HTTP clients) can wait out
 * a cooldown or a time limit without sleeping; {@code POST /test-support/clock?reset=true} puts it
 * back to real time, so a class whose tests move it over HTTP leaves the next test on real time.
 */
@WebServlet("/test-support/clock")
public class ClockServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("true".equals(request.getParameter("reset"))) {
            AdjustableClock.reset();
            response.setStatus(204);
            return;
        }
        Duration advance;
        try {
            advance = Duration.parse(String.valueOf(request.getParameter("advance")));
        } catch (DateTimeParseException e) {
            response.sendError(400, "advance must be an ISO-8601 duration such as PT4S");
            return;
        }
        if (advance.isNegative()) {
            response.sendError(400, "time only moves forward");
            return;
        }
        AdjustableClock.advance(advance);
        response.setStatus(204);
    }
}
