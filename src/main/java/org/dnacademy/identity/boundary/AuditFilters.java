package org.dnacademy.identity.boundary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dnacademy.audit.AuditAction;
import org.dnacademy.audit.AuditSearch;
import org.dnacademy.platform.RejectedException;

/**
 * The audit page's filters as they travel in the address ({@code person}, {@code action},
 * {@code subject}, {@code from}, {@code to}), so a search can be bookmarked and exported as it is
 * shown. A person's name is turned into the addresses of the accounts it matches, since the trail
 * records addresses.
 */
final class AuditFilters {

    static final int MAX_TEXT = 254;
    /** Accounts whose name matches the person searched for that are looked for in the trail. */
    static final int MAX_PEOPLE = 50;

    private AuditFilters() {
    }

    /**
     * @param matchingAddresses the addresses of accounts whose name or address contains the text
     * @throws RejectedException for a malformed date or an unknown action
     */
    static AuditSearch.Filter from(Map<String, String> parameters, Function<String, List<String>> matchingAddresses) {
        String person = text(parameters.get("person"));
        String action = text(parameters.get("action"));
        AuditAction chosen = null;
        if (action != null) {
            try {
                chosen = AuditAction.valueOf(action);
            } catch (IllegalArgumentException e) {
                throw new RejectedException("Choose an action from the list.");
            }
        }
        LocalDate from = date(parameters.get("from"), "From");
        LocalDate to = date(parameters.get("to"), "To");
        if (from != null && to != null && to.isBefore(from)) {
            throw new RejectedException("The end of the date range is before its start.");
        }
        return new AuditSearch.Filter(person, person == null ? List.of() : matchingAddresses.apply(person), chosen,
                text(parameters.get("subject")), from, to);
    }

    static Map<String, String> parameters(jakarta.servlet.http.HttpServletRequest request) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String name : List.of("person", "action", "subject", "from", "to")) {
            String value = request.getParameter(name);
            if (value != null && !value.isBlank()) {
                parameters.put(name, value);
            }
        }
        return parameters;
    }

    /** The filters as a query string, for the export link and other pages. */
    static String query(Map<String, String> parameters) {
        return parameters.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String text(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() > MAX_TEXT ? stripped.substring(0, MAX_TEXT) : stripped;
    }

    private static LocalDate date(String value, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new RejectedException(what + ": write the date as year-month-day, for example 2026-03-31.");
        }
    }
}
