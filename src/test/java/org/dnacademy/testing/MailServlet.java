package org.dnacademy.testing;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dnacademy.platform.Outbox;

/**
 * Test deployments only (it lives in the test helpers, never in the application): the text of the
 * latest e-mail handed to the outbox for an address, so that tests follow the links people get by
 * e-mail instead of going round them.
 */
@WebServlet("/test-support/last-mail")
public class MailServlet extends HttpServlet {

    @Inject
    Outbox outbox;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var latest = outbox.to(request.getParameter("to"), 1);
        if (latest.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/plain; charset=UTF-8");
        response.getWriter().write(latest.get(0).getSubject() + "\n\n" + latest.get(0).getTextBody());
    }
}
