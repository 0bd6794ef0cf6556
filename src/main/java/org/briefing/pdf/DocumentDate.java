package org.briefing.pdf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;

/**
 * The one timestamp a PDF carries (creation, modification and metadata dates): never the clock,
 * so that the same inputs give the same bytes. {@code SOURCE_DATE_EPOCH} (seconds since 1970, the
 * reproducible-builds convention) wins when set; otherwise the briefing's own date at midnight UTC.
 */
record DocumentDate(Optional<Instant> sourceDateEpoch) {

    /** From the environment variable {@code SOURCE_DATE_EPOCH}, when set. */
    static DocumentDate fromEnvironment() {
        return of(System.getenv("SOURCE_DATE_EPOCH"));
    }

    /** {@code sourceDateEpoch}: seconds since 1970 as text, or null or blank for none. */
    static DocumentDate of(String sourceDateEpoch) {
        if (sourceDateEpoch == null || sourceDateEpoch.isBlank()) {
            return new DocumentDate(Optional.empty());
        }
        try {
            return new DocumentDate(Optional.of(Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip()))));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SOURCE_DATE_EPOCH must be whole seconds since 1970, not '"
                    + sourceDateEpoch + "'");
        }
    }

    /** The timestamp of a document whose own date is {@code isoDate} (yyyy-mm-dd). */
    Calendar forDocumentDated(String isoDate) {
        Instant instant = sourceDateEpoch.orElseGet(() -> midnightUtc(isoDate));
        // UTC and a fixed locale: the written date must not depend on the machine's settings
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }

    private static Instant midnightUtc(String isoDate) {
        try {
            return LocalDate.parse(isoDate == null ? "" : isoDate).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("the document has no ISO date (meta name=\"date\"): " + isoDate, e);
        }
    }
}
