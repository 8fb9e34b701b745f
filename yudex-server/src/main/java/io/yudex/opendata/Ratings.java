package io.yudex.opendata;

import io.yudex.identity.Caller;
import io.yudex.identity.PublicUser;
import io.yudex.platform.ForbiddenException;
import io.yudex.platform.InvalidInputException;
import io.yudex.platform.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Ratings of open datasets: 1–5 stars and a comment, one per user and dataset, and the department's public reply. */
@Service
public class Ratings {

    static final int MAX_COMMENT = 1000;

    private final JdbcClient jdbc;
    private final OpenCatalog open;
    private final Clock clock;

    Ratings(JdbcClient jdbc, OpenCatalog open, Clock clock) {
        this.jdbc = jdbc;
        this.open = open;
        this.clock = clock;
    }

    /**
     * Rates an open dataset; a user who rated it before replaces the earlier rating (and its reply, which answered
     * the earlier words).
     *
     * @throws NotFoundException when the code is not an open dataset
     */
    @Transactional
    public Rating rate(String code, Integer stars, String comment, Caller caller) {
        return rate(code, stars, comment, Participants.person(caller));
    }

    /** A public account's rating on the portal, stored under {@code public:<username>}. */
    @Transactional
    public Rating rate(String code, Integer stars, String comment, PublicUser user) {
        return rate(code, stars, comment, Participants.person(user));
    }

    private Rating rate(String code, Integer stars, String comment, String author) {
        if (stars == null || stars < 1 || stars > 5) {
            throw InvalidInputException.of("stars", "must be 1..5");
        }
        String text = Participants.optional("comment", comment, MAX_COMMENT);
        String resource = open.get(code).resource().code();
        Instant now = now();
        if (update(resource, author, stars, text, now) == 0) {
            try {
                jdbc.sql("INSERT INTO open_rating (resource_code, author, stars, comment, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)")
                        .params(resource, author, stars, text, Participants.ts(now), Participants.ts(now)).update();
            } catch (DuplicateKeyException e) {
                update(resource, author, stars, text, now);
            }
        }
        return jdbc.sql("SELECT * FROM open_rating WHERE resource_code = ? AND author = ?").params(resource, author).query(Ratings::map).single();
    }

    private int update(String code, String author, int stars, String comment, Instant now) {
        return jdbc.sql("""
                UPDATE open_rating SET stars = ?, comment = ?, reply = NULL, replied_by = NULL, replied_at = NULL, updated_at = ?
                WHERE resource_code = ? AND author = ?""").params(stars, comment, Participants.ts(now), code, author).update();
    }

    /**
     * The reply of the dataset's department (a data admin of it) or of the platform admin; a later reply replaces it.
     *
     * @throws ForbiddenException for anyone else
     */
    @Transactional
    public Rating reply(long id, String text, Caller caller) {
        Rating rating = find(id);
        long provider = open.find(rating.resourceCode()).orElseThrow(() -> new NotFoundException("No rating " + id)).resource().providerId();
        if (!Participants.speaksFor(caller, provider)) {
            throw new ForbiddenException("Only the dataset's department or the platform admin may reply to its ratings");
        }
        String reply = Participants.required("reply", text, MAX_COMMENT);
        jdbc.sql("UPDATE open_rating SET reply = ?, replied_by = ?, replied_at = ? WHERE id = ?")
                .params(reply, caller.name(), Participants.ts(now()), id).update();
        return find(id);
    }

    /** @throws NotFoundException when there is no such rating */
    public Rating find(long id) {
        return jdbc.sql("SELECT * FROM open_rating WHERE id = ?").param(id).query(Ratings::map).optional()
                .orElseThrow(() -> new NotFoundException("No rating " + id));
    }

    /** A dataset's ratings, newest first (at most {@code limit}). */
    public List<Rating> of(String code, int limit) {
        return jdbc.sql("SELECT * FROM open_rating WHERE resource_code = ? ORDER BY updated_at DESC, id DESC FETCH FIRST " + limit + " ROWS ONLY")
                .param(code).query(Ratings::map).list();
    }

    /** The newest ratings of the open datasets of a department (every department's when null), at most {@code limit}. */
    public List<Rating> ofDepartment(Long departmentId, int limit) {
        List<String> codes = open.all().stream().map(OpenDataset::resource)
                .filter(r -> departmentId == null || r.providerId() == departmentId).map(r -> r.code()).toList();
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM open_rating WHERE resource_code IN (:codes) ORDER BY updated_at DESC, id DESC FETCH FIRST " + limit
                + " ROWS ONLY").param("codes", codes).query(Ratings::map).list();
    }

    /** The rating a user gave a dataset, if any. */
    public java.util.Optional<Rating> byAuthor(String code, String author) {
        return jdbc.sql("SELECT * FROM open_rating WHERE resource_code = ? AND author = ?").params(code, author).query(Ratings::map).optional();
    }

    public Rating.Summary summary(String code) {
        return jdbc.sql("SELECT AVG(CAST(stars AS DOUBLE PRECISION)) AS a, COUNT(*) AS n FROM open_rating WHERE resource_code = ?").param(code)
                .query((rs, n) -> new Rating.Summary(rs.getDouble("a"), rs.getLong("n"))).single();
    }

    /** Every rated dataset's summary, best average first (ties: more ratings first). */
    Map<String, Rating.Summary> best() {
        Map<String, Rating.Summary> out = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT resource_code, AVG(CAST(stars AS DOUBLE PRECISION)) AS a, COUNT(*) AS n FROM open_rating
                GROUP BY resource_code ORDER BY a DESC, n DESC, resource_code""")
                .query((ResultSet rs) -> {
                    out.put(rs.getString("resource_code"), new Rating.Summary(rs.getDouble("a"), rs.getLong("n")));
                });
        return out;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static Rating map(ResultSet rs, int n) throws SQLException {
        return new Rating(rs.getLong("id"), rs.getString("resource_code"), rs.getString("author"), rs.getInt("stars"), rs.getString("comment"),
                rs.getString("reply"), rs.getString("replied_by"), Participants.instant(rs, "replied_at"), Participants.instant(rs, "created_at"), Participants.instant(rs, "updated_at"));
    }
}
