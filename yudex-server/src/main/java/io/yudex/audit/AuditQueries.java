package io.yudex.audit;

import io.yudex.auditlog.AuditRecord;
import io.yudex.platform.InvalidInputException;
import io.yudex.platform.TableDownload;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Turns request parameters into an {@link AuditQuery} (blank means no condition) and sends matches as CSV. */
public final class AuditQueries {

    static final int MAX_CSV_ROWS = 1_000_000;

    private AuditQueries() {}

    /**
     * @param from an ISO instant or date (start of that day), or blank
     * @param to   an ISO instant or date (the end of that day), or blank
     * @throws InvalidInputException for a time that is neither
     */
    public static AuditQuery of(String department, String resource, String client, String purpose, String action, String actor, String from,
            String to) {
        return new AuditQuery(blank(department), blank(resource), blank(client), blank(purpose), blank(action), blank(actor), time("from", from, false),
                time("to", to, true));
    }

    public static void csv(AuditSearch search, AuditQuery q, HttpServletResponse response) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        search.each(q, r -> {
            if (rows.size() < MAX_CSV_ROWS) {
                rows.add(row(r));
            }
        });
        TableDownload.send(List.of("index", "time", "actor", "department", "client", "action", "resource", "purpose", "rows", "subject", "detail"),
                rows, "csv", "yudex-audit", "audit", response);
    }

    private static List<String> row(AuditRecord r) {
        return java.util.Arrays.asList(Long.toString(r.index()), r.at().toString(), r.actor(), r.department(), r.client(), r.action(), r.resource(),
                r.purpose(), r.rows() == null ? null : r.rows().toString(), r.subject(), r.detail());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Instant time(String field, String value, boolean end) {
        String v = blank(value);
        if (v == null) {
            return null;
        }
        try {
            return v.length() == 10 ? LocalDate.parse(v).plusDays(end ? 1 : 0).atStartOfDay(ZoneId.systemDefault()).toInstant() : Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "must be a date (2026-11-29) or an instant (2026-11-29T08:00:00Z)");
        }
    }
}
