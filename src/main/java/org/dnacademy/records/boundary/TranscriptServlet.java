package org.dnacademy.records.boundary;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dnacademy.identity.boundary.CurrentUser;
import org.dnacademy.records.control.Transcript;
import org.dnacademy.records.control.TranscriptPdf;
import org.dnacademy.records.control.Transcripts;

/**
 * {@code /records/transcript/<trainee id>}: the trainee's record as a PDF transcript, for their
 * supervisors and administrators; any other trainee is not found.
 */
@WebServlet("/records/transcript/*")
public class TranscriptServlet extends HttpServlet {

    @Inject
    Transcripts transcripts;

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Transcript> transcript;
        try {
            long id = Long.parseLong(request.getPathInfo() == null ? "" : request.getPathInfo().substring(1));
            transcript = transcripts.of(currentUser.get(), id);
        } catch (NumberFormatException e) {
            transcript = Optional.empty();
        }
        if (transcript.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf = TranscriptPdf.render(transcript.get());
        response.setContentType("application/pdf");
        org.dnacademy.platform.Downloads.personal(response);
        response.setHeader("Content-Disposition", "attachment; filename=\"transcript-" + request.getPathInfo().substring(1) + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
