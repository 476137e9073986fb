package org.dnacademy.records.boundary;

import java.util.Map;

import org.dnacademy.records.control.CompletionRecords;

/** The dashboard's filters as they travel in the address (so a filtered view can be bookmarked or exported). */
final class RecordsFilters {

    private RecordsFilters() {
    }

    static CompletionRecords.Filter from(Map<String, String> parameters) {
        return new CompletionRecords.Filter(number(parameters.get("cohort")), blankToNull(parameters.get("module")),
                blankToNull(parameters.get("status")), number(parameters.get("expiring")) == null ? null
                        : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, number(parameters.get("expiring")))),
                "true".equals(parameters.get("overdue")), blankToNull(parameters.get("q")), blankToNull(parameters.get("sort")));
    }

    /** The filters of a download link ({@code export.csv?status=...}). */
    static CompletionRecords.Filter from(jakarta.servlet.http.HttpServletRequest request) {
        Map<String, String> parameters = new java.util.HashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, values[0]));
        return from(parameters);
    }

    static Long number(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
