package org.dnacademy.testing;

import java.io.IOException;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dnacademy.identity.entity.Account;
import org.dnacademy.identity.entity.Role;

/**
 * Test deployments only: builds two cohorts with their supervisors and trainees, a passed quiz and
 * a certificate for trainee A, a logged practical session of A, and a revoked certificate of C (in
 * A's cohort), an open attempt of B, and answers their ids and e-mail addresses as JSON, for tests that sign in as each
 * person over HTTP. POST, so that nothing is built by a stray GET.
 */
@WebServlet("/test-support/scenario")
public class ScenarioServlet extends HttpServlet {

    @Inject
    Scenario scenario;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Account a = scenario.trainee("Ann Alpha");
        Account b = scenario.trainee("Ben Beta");
        Account c = scenario.trainee("Cal Gamma");
        Account supervisorX = scenario.staff("Sue Xray", Role.SUPERVISOR);
        Account supervisorY = scenario.staff("Yves Yankee", Role.SUPERVISOR);
        long cohortX = scenario.cohort("Cohort X", List.of(supervisorX), List.of(a, c));
        long cohortY = scenario.cohort("Cohort Y", List.of(supervisorY), List.of(b));
        scenario.follow(cohortX, "florida-pt");
        long attemptA = scenario.passedAttempt(a, "foundations");
        List<Object> certificateA = scenario.newestCertificate(a);
        scenario.passedAttempt(c, "foundations");
        List<Object> certificateC = scenario.newestCertificate(c);
        scenario.revoke((Long) certificateC.get(0), "Revoked in a scenario: reason known to " + c.getDisplayName() + "'s supervisors");
        long sessionA = scenario.practicalSession(a, "Private notes of Ann Alpha's session");
        long openAttemptB = scenario.openAttempt(b, "foundations");
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("password", Scenario.PASSWORD)
                .add("a", person(a)).add("b", person(b)).add("c", person(c))
                .add("supervisorX", person(supervisorX)).add("supervisorY", person(supervisorY))
                .add("cohortX", cohortX).add("cohortY", cohortY)
                .add("attemptA", attemptA)
                .add("certificateA", (Long) certificateA.get(0)).add("codeA", (String) certificateA.get(1))
                .add("certificateC", (Long) certificateC.get(0)).add("codeC", (String) certificateC.get(1))
                .add("sessionA", sessionA)
                .add("openAttemptB", openAttemptB);
        response.setContentType("application/json");
        response.getWriter().write(body.build().toString());
    }

    private static JsonObjectBuilder person(Account account) {
        return Json.createObjectBuilder().add("id", account.getId()).add("email", account.getEmail()).add("name", account.getDisplayName());
    }
}
