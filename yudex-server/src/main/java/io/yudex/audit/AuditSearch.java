package io.yudex.audit;

import io.yudex.auditlog.AuditRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Searches the entries still in the database, newest first, with paging. */
@Service
public class AuditSearch {

    /** One page of results; {@code total} counts every match. */
    public record Page(List<AuditRecord> entries, long total, int page, int size) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    private final JdbcClient jdbc;

    AuditSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Page search(AuditQuery q, int page, int size) {
        List<Object> args = new ArrayList<>();
        String where = where(q, args);
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_entry" + where).params(args).query(Long.class).single();
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<AuditRecord> entries = jdbc.sql("SELECT " + AuditStore.COLUMNS + " FROM audit_entry" + where + " ORDER BY idx DESC LIMIT ? OFFSET ?")
                .params(pageArgs).query((rs, n) -> AuditStore.record(rs)).list();
        return new Page(entries, total, page, size);
    }

    /** Every match, oldest first, streamed to {@code sink} (for exports). */
    public void each(AuditQuery q, Consumer<AuditRecord> sink) {
        List<Object> args = new ArrayList<>();
        String where = where(q, args);
        jdbc.sql("SELECT " + AuditStore.COLUMNS + " FROM audit_entry" + where + " ORDER BY idx").params(args)
                .query(rs -> {
                    sink.accept(AuditStore.record(rs));
                });
    }

    private static String where(AuditQuery q, List<Object> args) {
        StringBuilder w = new StringBuilder();
        eq(w, args, "department", q.department());
        eq(w, args, "resource", q.resource());
        eq(w, args, "client", q.client());
        eq(w, args, "purpose", q.purpose());
        eq(w, args, "actor", q.actor());
        if (q.action() != null) {
            w.append(w.isEmpty() ? " WHERE " : " AND ").append("action LIKE ?");
            args.add(q.action().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (q.from() != null) {
            w.append(w.isEmpty() ? " WHERE " : " AND ").append("logged_at >= ?");
            args.add(AuditStore.utc(q.from()));
        }
        if (q.to() != null) {
            w.append(w.isEmpty() ? " WHERE " : " AND ").append("logged_at < ?");
            args.add(AuditStore.utc(q.to()));
        }
        return w.toString();
    }

    private static void eq(StringBuilder w, List<Object> args, String column, String value) {
        if (value != null) {
            w.append(w.isEmpty() ? " WHERE " : " AND ").append(column).append(" = ?");
            args.add(value);
        }
    }
}
