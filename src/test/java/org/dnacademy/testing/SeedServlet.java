package org.dnacademy.testing;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dnacademy.identity.control.Accounts;
import org.dnacademy.identity.entity.Account;
import org.dnacademy.platform.Settings;
import org.dnacademy.progress.control.Progress;
import org.dnacademy.quiz.control.Accommodations;
import org.dnacademy.quiz.entity.Accommodation;
import org.dnacademy.training.control.CurriculumCatalog;
import org.dnacademy.training.entity.Lesson;

/**
 * Test deployments only: a trainee with a confirmed address who has read every foundations lesson
 * and was granted {@code extra} minutes on its quiz (so an attempt outlives a moved clock), for
 * tests that drive quizzes over HTTP. Answers the address and password as JSON. POST only.
 */
@WebServlet("/test-support/seed")
public class SeedServlet extends HttpServlet {

    @Inject
    Scenario scenario;

    @Inject
    Progress progress;

    @Inject
    CurriculumCatalog catalog;

    @Inject
    Accommodations accommodations;

    @Inject
    Accounts accounts;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Account trainee = scenario.trainee("Quinn Quiz " + System.nanoTime() % 100000);
        for (Lesson lesson : catalog.current("foundations").getLessons()) {
            progress.lessonRead(trainee.getId(), lesson);
        }
        String extra = request.getParameter("extra");
        if (extra != null && extra.matches("[0-9]{1,3}")) {
            Account admin = accounts.findByEmail(Settings.current().adminEmail()).orElseThrow();
            accommodations.grant(admin, trainee.getId(), "foundations", Accommodation.Kind.EXTRA_TIME, Integer.valueOf(extra),
                    "Test: the attempt must outlive the session");
        }
        response.setContentType("application/json");
        response.getWriter().write(Json.createObjectBuilder().add("email", trainee.getEmail()).add("name", trainee.getDisplayName())
                .add("password", Scenario.PASSWORD).build().toString());
    }
}
