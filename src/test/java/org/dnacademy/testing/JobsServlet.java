package org.dnacademy.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;

import org.dnacademy.certification.control.CertificateReminders;
import org.dnacademy.platform.Outbox;
import org.dnacademy.platform.OutboxSender;
import org.dnacademy.records.control.SupervisorDigest;

/**
 * Test deployments only: runs the scheduled jobs now, through the same public method their timers
 * call ({@code job=outbox|reminders|digest}), and, for the outbox, hands in {@code messages=N}
 * messages first and runs {@code senders=K} senders at the same moment, as K instances sharing the
 * database would. Answers JSON: what each run returned and the recipients used. POST only.
 */
@WebServlet("/test-support/jobs")
public class JobsServlet extends HttpServlet {

    @Inject
    OutboxSender sender;

    @Inject
    CertificateReminders reminders;

    @Inject
    SupervisorDigest digest;

    @Inject
    Messages messages;

    @Resource
    ManagedExecutorService executor;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String job = String.valueOf(request.getParameter("job"));
        JsonArrayBuilder results = Json.createArrayBuilder();
        JsonArrayBuilder recipients = Json.createArrayBuilder();
        try {
            switch (job) {
                case "outbox" -> {
                    int count = number(request.getParameter("messages"), 0);
                    messages.handIn(count).forEach(recipients::add);
                    runTogether(number(request.getParameter("senders"), 1), sender::sendDue).forEach(results::add);
                }
                case "reminders" -> results.add(reminders.run());
                case "digest" -> results.add(digest.run());
                default -> {
                    response.sendError(HttpServletResponse.SC_BAD_REQUEST, "job=outbox|reminders|digest");
                    return;
                }
            }
        } catch (Exception e) {
            throw new IOException(e);
        }
        response.setContentType("application/json");
        response.getWriter().write(Json.createObjectBuilder().add("results", results).add("recipients", recipients).build().toString());
    }

    /** The same job on several threads released at one moment; what each returned. */
    private List<Integer> runTogether(int threads, Callable<Integer> job) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> running = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            running.add(executor.submit(() -> {
                start.await();
                return job.call();
            }));
        }
        start.countDown();
        List<Integer> results = new ArrayList<>();
        for (Future<Integer> run : running) {
            results.add(run.get());
        }
        return results;
    }

    private static int number(String value, int otherwise) {
        return value != null && value.matches("[0-9]{1,4}") ? Integer.parseInt(value) : otherwise;
    }

    /** Messages to fresh addresses, handed in in one transaction. */
    @jakarta.enterprise.context.Dependent
    public static class Messages {

        @Inject
        Outbox outbox;

        @Transactional
        public List<String> handIn(int count) {
            String batch = UUID.randomUUID().toString().substring(0, 8);
            List<String> to = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String recipient = "outbox-" + batch + "-" + i + "@mail.example";
                outbox.send(recipient, "Outbox test " + batch + " " + i, "Message " + i + " of " + count, "<p>Message " + i + "</p>");
                to.add(recipient);
            }
            return to;
        }
    }
}
