package io.yudex.opendata;

import io.yudex.identity.Caller;
import io.yudex.identity.PublicUser;
import io.yudex.identity.Role;
import io.yudex.platform.ForbiddenException;
import io.yudex.platform.InvalidInputException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Who may take part in the portal's community features, and the checks on what they write. */
final class Participants {

    private Participants() {}

    /**
     * The name stored as author of a staff person writing through the API (a staff user name, which never contains
     * ':'); public accounts write on the portal and are stored as {@link #person(PublicUser)}.
     *
     * @throws ForbiddenException for the anonymous public and for machine clients, which speak for no person
     */
    static String person(Caller caller) {
        if (caller.anonymous() || caller.machine()) {
            throw new ForbiddenException("Only a signed-in person may do this; log in first");
        }
        return caller.name();
    }

    /** The name stored as author of a public account: {@code public:<username>}, as the audit log names it. */
    static String person(PublicUser user) {
        return user.actor();
    }

    /** The platform admin, or a data admin of the department. */
    static boolean speaksFor(Caller caller, Long departmentId) {
        return caller.platformAdmin() || (departmentId != null && caller.has(Role.DEPT_ADMIN) && caller.belongsTo(departmentId));
    }

    /** A timestamp for a TIMESTAMP WITH TIME ZONE column (as the other open-data tables write them). */
    static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** @throws InvalidInputException naming the field when the text is blank or longer than {@code max} */
    static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of(field, "is required");
        }
        return optional(field, value, max);
    }

    /** The stripped text, null when blank. @throws InvalidInputException naming the field when longer than {@code max} */
    static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw InvalidInputException.of(field, "at most " + max + " characters");
        }
        return v;
    }
}
