package org.dnacademy.testing;

import java.io.IOException;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Test deployments only: how many rows each table holds, so a test can prove a refused request stored nothing. */
@WebServlet("/test-support/counts")
public class CountsServlet extends HttpServlet {

    static final List<String> TABLES = List.of("account", "account_token", "attempt", "attempt_question", "certificate", "cohort",
            "cohort_member", "lesson_completion", "practical_session", "practical_decision", "site_setting", "outbox_message");

    @PersistenceContext
    EntityManager em;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StringBuilder counts = new StringBuilder();
        for (String table : TABLES) {
            counts.append(table).append('=').append(em.createNativeQuery("SELECT COUNT(*) FROM " + table).getSingleResult()).append('\n');
        }
        response.setContentType("text/plain");
        response.getWriter().write(counts.toString());
    }
}
