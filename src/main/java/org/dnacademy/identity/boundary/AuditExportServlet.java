package org.dnacademy.identity.boundary;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dnacademy.audit.AuditAction;
import org.dnacademy.audit.AuditEvent;
import org.dnacademy.audit.AuditLog;
import org.dnacademy.audit.AuditSearch;
import org.dnacademy.identity.control.Accounts;
import org.dnacademy.platform.ClientAddress;
import org.dnacademy.platform.CsvExport;
import org.dnacademy.platform.Downloads;
import org.dnacademy.platform.RejectedException;

/**
 * {@code /admin/audit.csv?...}: the audit page's search as a CSV file, every match, newest first.
 * Events are read {@value #BATCH} at a time (each batch in its own transaction) and written as they
 * come, so an export of a million events holds one batch in memory. Cells are neutralised against
 * formulas ({@link CsvExport}). The export itself is recorded in the trail.
 */
@WebServlet("/admin/audit.csv")
public class AuditExportServlet extends HttpServlet {

    static final int BATCH = 500;

    @Inject
    AuditSearch search;

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, String> parameters = AuditFilters.parameters(request);
        AuditSearch.Filter filter;
        try {
            filter = AuditFilters.from(parameters, text -> accounts.emailsMatching(text, AuditFilters.MAX_PEOPLE));
        } catch (RejectedException e) {
            Downloads.refuse(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        audit.record(currentUser.getEmail(), AuditAction.AUDIT_EXPORTED, null, AuditFilters.query(parameters), ClientAddress.of(request));
        Downloads.personal(response);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"dn-academy-audit.csv\"");
        var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        CsvExport.write(writer, List.of("Id", "When (UTC)", "Who", "Action", "Subject", "Detail", "Network address"),
                () -> new Batches(filter));
        writer.flush();
    }

    /** The matching events as CSV lines, one batch read at a time. */
    private final class Batches implements Iterator<List<String>> {

        private final AuditSearch.Filter filter;
        private List<AuditEvent> batch;
        private int next;
        private Long before;
        private boolean last;

        Batches(AuditSearch.Filter filter) {
            this.filter = filter;
        }

        @Override
        public boolean hasNext() {
            if (batch == null || (next == batch.size() && !last)) {
                batch = search.batch(filter, before, BATCH);
                next = 0;
                last = batch.size() < BATCH;
                if (!batch.isEmpty()) {
                    before = batch.get(batch.size() - 1).getId();
                }
            }
            return next < batch.size();
        }

        @Override
        public List<String> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            AuditEvent event = batch.get(next++);
            List<String> line = new ArrayList<>();
            line.add(String.valueOf(event.getId()));
            line.add(event.getOccurredAt().toString());
            line.add(event.getActor());
            line.add(event.getAction());
            line.add(event.getSubject());
            line.add(event.getDetail());
            line.add(event.getRemoteAddr());
            return line;
        }
    }
}
