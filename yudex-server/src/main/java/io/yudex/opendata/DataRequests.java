package io.yudex.opendata;

import io.yudex.identity.Caller;
import io.yudex.identity.PublicUser;
import io.yudex.organisation.Department;
import io.yudex.organisation.OrganisationService;
import io.yudex.platform.ForbiddenException;
import io.yudex.platform.InvalidInputException;
import io.yudex.platform.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Data requests (数据需求): a signed-in person asks for data, optionally naming a department; the platform admin may
 * route it to a department; that department's data admin (or the platform admin) answers, publicly and once.
 */
@Service
public class DataRequests {

    private static final String SELECT = """
            SELECT q.*, d.name AS department_name FROM open_data_request q LEFT JOIN department d ON d.id = q.department_id""";

    private final JdbcClient jdbc;
    private final OrganisationService organisations;
    private final Clock clock;

    DataRequests(JdbcClient jdbc, OrganisationService organisations, Clock clock) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** A staff person's request through the API. @throws InvalidInputException naming the field (an unknown department code included) */
    @Transactional
    public DataRequest submit(DataRequest.Submission s, Caller caller) {
        return submit(s, Participants.person(caller));
    }

    /** A public account's request on the portal, stored under {@code public:<username>}. @throws InvalidInputException naming the field */
    @Transactional
    public DataRequest submit(DataRequest.Submission s, PublicUser user) {
        return submit(s, Participants.person(user));
    }

    private DataRequest submit(DataRequest.Submission s, String requester) {
        String title = Participants.required("title", s.title(), 200);
        String description = Participants.required("description", s.description(), 2000);
        String code = Participants.optional("department", s.department(), 18);
        Long department = code == null ? null : department(code).id();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO open_data_request (title, description, requester, department_id, status, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(title, description, requester, department, DataRequestStatus.OPEN.name(), now()).update(keys, "id");
        return find(keys.getKeyAs(Number.class).longValue());
    }

    /** The platform admin sends an unanswered request to a department. @throws ForbiddenException for anyone else */
    @Transactional
    public DataRequest route(long id, String departmentCode, Caller caller) {
        if (!caller.platformAdmin()) {
            throw new ForbiddenException("Only the platform admin routes data requests to departments");
        }
        DataRequest r = find(id);
        DataRequestStatus to = r.status().route();
        Department d = department(Participants.required("department", departmentCode, 18));
        jdbc.sql("UPDATE open_data_request SET department_id = ?, status = ? WHERE id = ?").params(d.id(), to.name(), id).update();
        return find(id);
    }

    /**
     * The public answer, by a data admin of the request's department or by the platform admin; final.
     *
     * @throws ForbiddenException for anyone else (a request without a department: anyone but the platform admin)
     * @throws io.yudex.platform.ConflictException when it was already answered
     */
    @Transactional
    public DataRequest answer(long id, String text, Caller caller) {
        DataRequest r = find(id);
        if (!Participants.speaksFor(caller, r.departmentId())) {
            throw new ForbiddenException("Only the department asked" + (r.departmentName() == null ? "" : " (" + r.departmentName() + ")")
                    + " or the platform admin may answer data request " + id);
        }
        DataRequestStatus to = r.status().answer();
        String answer = Participants.required("answer", text, 2000);
        int changed = jdbc.sql("UPDATE open_data_request SET answer = ?, answered_by = ?, answered_at = ?, status = ? WHERE id = ? AND status <> ?")
                .params(answer, caller.name(), now(), to.name(), id, DataRequestStatus.ANSWERED.name()).update();
        if (changed == 0) {
            find(id).status().answer();
        }
        return find(id);
    }

    /** @throws NotFoundException when there is no such request */
    public DataRequest find(long id) {
        return jdbc.sql(SELECT + " WHERE q.id = ?").param(id).query(DataRequests::map).optional()
                .orElseThrow(() -> new NotFoundException("No data request " + id));
    }

    /** The public list, newest first, optionally of one status. */
    public List<DataRequest> list(DataRequestStatus status, int limit) {
        return status == null
                ? jdbc.sql(SELECT + " ORDER BY q.id DESC FETCH FIRST " + limit + " ROWS ONLY").query(DataRequests::map).list()
                : jdbc.sql(SELECT + " WHERE q.status = ? ORDER BY q.id DESC FETCH FIRST " + limit + " ROWS ONLY").param(status.name())
                        .query(DataRequests::map).list();
    }

    /**
     * The unanswered requests the caller may answer, oldest first: those of the caller's department for its data
     * admin, every unanswered one (with or without a department) for the platform admin; none for anyone else.
     */
    public List<DataRequest> unanswered(Caller caller) {
        String order = " ORDER BY q.id FETCH FIRST 200 ROWS ONLY";
        if (caller.platformAdmin()) {
            return jdbc.sql(SELECT + " WHERE q.status <> ?" + order).param(DataRequestStatus.ANSWERED.name()).query(DataRequests::map).list();
        }
        if (caller.departmentId() == null || !Participants.speaksFor(caller, caller.departmentId())) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE q.status <> ? AND q.department_id = ?" + order).params(DataRequestStatus.ANSWERED.name(), caller.departmentId())
                .query(DataRequests::map).list();
    }

    private Department department(String code) {
        return organisations.departmentByCode(code.strip().toUpperCase(java.util.Locale.ROOT))
                .or(() -> organisations.departmentByCode(code.strip()))
                .orElseThrow(() -> InvalidInputException.of("department", "no department with code " + code));
    }

    private java.time.OffsetDateTime now() {
        return Participants.ts(clock.instant().truncatedTo(ChronoUnit.MICROS));
    }

    private static DataRequest map(ResultSet rs, int n) throws SQLException {
        long dept = rs.getLong("department_id");
        return new DataRequest(rs.getLong("id"), rs.getString("title"), rs.getString("description"), rs.getString("requester"),
                rs.wasNull() ? null : dept, rs.getString("department_name"), DataRequestStatus.valueOf(rs.getString("status")),
                rs.getString("answer"), rs.getString("answered_by"), Participants.instant(rs, "answered_at"), Participants.instant(rs, "created_at"));
    }
}
