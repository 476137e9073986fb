package org.dnacademy.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * Shows dates the one way every page uses: {@code 1 Dec 2026} ({@code converter="dnaDate"}), and
 * moments in UTC, the time the records are kept in ({@code converter="dnaDateTime"}: {@code 1 Dec
 * 2026, 14:05 UTC}). Display only: no page parses a date through it.
 */
public final class DateConverter {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK).withZone(ZoneOffset.UTC);
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm 'UTC'", Locale.UK).withZone(ZoneOffset.UTC);

    private DateConverter() {
    }

    static String format(Object value, DateTimeFormatter format) {
        if (value == null) {
            return "";
        }
        if (value instanceof Instant || value instanceof LocalDate || value instanceof TemporalAccessor) {
            if (value instanceof LocalDate date && format == DATE_TIME) {
                return DATE.format(date);
            }
            return format.format((TemporalAccessor) value);
        }
        return value.toString();
    }

    /** {@code converter="dnaDate"}. */
    @FacesConverter("dnaDate")
    public static final class Date implements Converter<Object> {
        @Override
        public Object getAsObject(FacesContext context, UIComponent component, String value) {
            throw new ConverterException("dates are shown, never read back");
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, Object value) {
            return format(value, DATE);
        }
    }

    /** {@code converter="dnaDateTime"}. */
    @FacesConverter("dnaDateTime")
    public static final class DateTime implements Converter<Object> {
        @Override
        public Object getAsObject(FacesContext context, UIComponent component, String value) {
            throw new ConverterException("dates are shown, never read back");
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, Object value) {
            return format(value, DATE_TIME);
        }
    }
}
