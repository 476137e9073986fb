package org.dnacademy.records.boundary;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dhatim.fastexcel.Workbook;
import org.dnacademy.identity.boundary.CurrentUser;
import org.dnacademy.identity.entity.Account;
import org.dnacademy.platform.RejectedException;
import org.dnacademy.records.control.CompletionRecords;
import org.dnacademy.platform.CsvExport;
import org.dnacademy.records.control.TraineeRecord;
import org.dnacademy.training.control.CurriculumCatalog;
import org.dnacademy.training.entity.ModuleVersion;

/**
 * {@code /records/export.csv?...} and {@code /records/export.xlsx?...}: the filtered dashboard, only
 * trainees the viewer may see. CSV cells that could start a formula are neutralised; XLSX cells are
 * written as text, which a spreadsheet never evaluates.
 */
@WebServlet({"/records/export.csv", "/records/export.xlsx"})
public class RecordsExportServlet extends HttpServlet {

    @Inject
    CompletionRecords records;

    @Inject
    CurriculumCatalog curriculum;

    @Inject
    CurrentUser currentUser;

    /** Records are assembled this many at a time, each batch in its own transaction, and written out. */
    private static final int BATCH = 200;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Account viewer = currentUser.get();
        List<Long> ids;
        try {
            ids = records.matchingIds(viewer, RecordsFilters.from(request));
        } catch (RejectedException unknownFilter) {
            org.dnacademy.platform.Downloads.refuse(response, HttpServletResponse.SC_BAD_REQUEST, unknownFilter.getMessage());
            return;
        }
        org.dnacademy.platform.Downloads.personal(response);
        List<String> header = header(curriculum.currentModules());
        Iterable<List<String>> lines = () -> IntStream.range(0, (ids.size() + BATCH - 1) / BATCH)
                .mapToObj(batch -> ids.subList(batch * BATCH, Math.min(ids.size(), (batch + 1) * BATCH)))
                .flatMap(batch -> records.recordsOf(viewer, batch).stream())
                .map(RecordsExportServlet::line)
                .iterator();
        if (request.getServletPath().endsWith(".xlsx")) {
            writeXlsx(response, header, lines);
        } else {
            response.setContentType("text/csv; charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"dn-academy-records.csv\"");
            var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
            CsvExport.write(writer, header, lines);
            writer.flush();
        }
    }

    private static List<String> header(List<ModuleVersion> modules) {
        List<String> header = new ArrayList<>(List.of("Name", "E-mail", "Cohorts", "Due date", "Overdue"));
        for (ModuleVersion module : modules) {
            header.addAll(List.of(module.getTitle() + ": status", module.getTitle() + ": best score",
                    module.getTitle() + ": passed on", module.getTitle() + ": certificate"));
        }
        header.addAll(List.of("Programme certificate", "Programme certificate status"));
        return header;
    }

    private static List<String> line(TraineeRecord record) {
        List<String> line = new ArrayList<>(List.of(record.trainee().getDisplayName(), record.trainee().getEmail(),
                String.join("; ", record.cohorts()), text(record.dueDate()), record.overdue() ? "yes" : "no"));
        for (TraineeRecord.ModuleStanding module : record.modules()) {
            line.addAll(List.of(module.status().getLabel(), text(module.bestScore()), text(module.passedOn()),
                    module.certificate() == null ? "" : module.certificate().getCode() + " (" + module.certificateStatus().getLabel() + ")"));
        }
        line.add(record.programmeCertificate() == null ? "" : record.programmeCertificate().getCode());
        line.add(record.programmeStatus() == null ? "" : record.programmeStatus().getLabel());
        return line;
    }

    private static void writeXlsx(HttpServletResponse response, List<String> header, Iterable<List<String>> lines) throws IOException {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"dn-academy-records.xlsx\"");
        var workbook = new Workbook(response.getOutputStream(), "DN Academy", "1.0");
        var sheet = workbook.newWorksheet("Records");
        for (int column = 0; column < header.size(); column++) {
            sheet.value(0, column, header.get(column));
            sheet.style(0, column).bold().set();
        }
        int row = 1;
        for (List<String> line : lines) {
            for (int column = 0; column < line.size(); column++) {
                sheet.value(row, column, line.get(column));
            }
            if (row++ % BATCH == 0) {
                // Written rows leave memory; a large export streams instead of piling up.
                sheet.flush();
            }
        }
        workbook.finish();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
