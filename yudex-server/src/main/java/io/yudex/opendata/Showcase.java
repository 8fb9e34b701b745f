package io.yudex.opendata;

import io.yudex.identity.Caller;
import io.yudex.identity.PublicUser;
import io.yudex.platform.ForbiddenException;
import io.yudex.platform.InvalidInputException;
import io.yudex.platform.NotFoundException;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The showcase of applications built on open data: users submit, the platform admin approves or rejects. */
@Service
public class Showcase {

    static final int MAX_DATASETS = 10;

    private final JdbcClient jdbc;
    private final OpenCatalog open;
    private final Clock clock;

    Showcase(JdbcClient jdbc, OpenCatalog open, Clock clock) {
        this.jdbc = jdbc;
        this.open = open;
        this.clock = clock;
    }

    /** A submission by a staff person through the API; it waits for review. @throws InvalidInputException naming the bad field */
    @Transactional
    public ShowcaseApp submit(ShowcaseApp.Submission s, Caller caller) {
        return submit(s, Participants.person(caller));
    }

    /** A public account's submission on the portal, stored under {@code public:<username>}; it waits for review. */
    @Transactional
    public ShowcaseApp submit(ShowcaseApp.Submission s, PublicUser user) {
        return submit(s, Participants.person(user));
    }

    private ShowcaseApp submit(ShowcaseApp.Submission s, String submitter) {
        String name = Participants.required("name", s.name(), 100);
        String description = Participants.required("description", s.description(), 2000);
        String url = url(Participants.required("url", s.url(), 500));
        List<String> datasets = datasets(s.datasets());
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO open_showcase (name, description, url, datasets, submitter, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(name, description, url, String.join(",", datasets), submitter, ShowcaseStatus.PENDING.name(),
                        Participants.ts(clock.instant().truncatedTo(ChronoUnit.MICROS)))
                .update(keys, "id");
        return find(keys.getKeyAs(Number.class).longValue());
    }

    /**
     * Approves or rejects a pending submission (a rejection states its reason).
     *
     * @throws ForbiddenException unless the caller is the platform admin
     * @throws io.yudex.platform.ConflictException when it was already reviewed
     */
    @Transactional
    public ShowcaseApp review(long id, Boolean approve, String note, Caller caller) {
        if (!caller.platformAdmin()) {
            throw new ForbiddenException("Only the platform admin reviews showcase submissions");
        }
        if (approve == null) {
            throw InvalidInputException.of("approve", "is required (true or false)");
        }
        ShowcaseApp app = find(id);
        ShowcaseStatus to = app.status().review(approve);
        String text = approve ? Participants.optional("note", note, 1000) : Participants.required("note", note, 1000);
        jdbc.sql("UPDATE open_showcase SET status = ?, review_note = ?, reviewed_by = ?, reviewed_at = ? WHERE id = ? AND status = ?")
                .params(to.name(), text, caller.name(), Participants.ts(clock.instant().truncatedTo(ChronoUnit.MICROS)), id, app.status().name())
                .update();
        return find(id);
    }

    /** @throws NotFoundException when there is no such submission */
    public ShowcaseApp find(long id) {
        return jdbc.sql("SELECT * FROM open_showcase WHERE id = ?").param(id).query(Showcase::map).optional()
                .orElseThrow(() -> new NotFoundException("No showcase submission " + id));
    }

    /** What the public sees: approved applications, newest first. */
    public List<ShowcaseApp> approved() {
        return withStatus(ShowcaseStatus.APPROVED);
    }

    /** The review queue, oldest first. @throws ForbiddenException unless the caller is the platform admin */
    public List<ShowcaseApp> pending(Caller caller) {
        if (!caller.platformAdmin()) {
            throw new ForbiddenException("Only the platform admin reviews showcase submissions");
        }
        return withStatus(ShowcaseStatus.PENDING).reversed();
    }

    /** Approved applications that use a dataset. */
    public List<ShowcaseApp> using(String code) {
        return approved().stream().filter(a -> a.datasets().contains(code)).toList();
    }

    private List<ShowcaseApp> withStatus(ShowcaseStatus status) {
        return jdbc.sql("SELECT * FROM open_showcase WHERE status = ? ORDER BY id DESC FETCH FIRST 200 ROWS ONLY").param(status.name())
                .query(Showcase::map).list();
    }

    private static String url(String text) {
        try {
            URI uri = URI.create(text);
            if (uri.getHost() == null || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
                throw InvalidInputException.of("url", "must be an http or https address");
            }
            return uri.toString();
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("url", "is not a valid address");
        }
    }

    private List<String> datasets(List<String> codes) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String c : codes == null ? List.<String>of() : codes) {
            if (c != null && !c.isBlank()) {
                String code = c.strip();
                if (open.find(code).isEmpty()) {
                    throw InvalidInputException.of("datasets", "no open dataset with code " + code);
                }
                out.add(code);
            }
        }
        if (out.isEmpty() || out.size() > MAX_DATASETS) {
            throw InvalidInputException.of("datasets", "name 1.." + MAX_DATASETS + " open datasets the application uses");
        }
        return List.copyOf(out);
    }

    private static ShowcaseApp map(ResultSet rs, int n) throws SQLException {
        return new ShowcaseApp(rs.getLong("id"), rs.getString("name"), rs.getString("description"), rs.getString("url"),
                Arrays.stream(rs.getString("datasets").split(",")).filter(s -> !s.isBlank()).toList(), rs.getString("submitter"),
                ShowcaseStatus.valueOf(rs.getString("status")), rs.getString("review_note"), rs.getString("reviewed_by"),
                Participants.instant(rs, "reviewed_at"), Participants.instant(rs, "created_at"));
    }
}
