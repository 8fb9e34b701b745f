package io.yudex.catalog;

import io.yudex.platform.ChangeTrackedCache;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Explicit SQL for resources and their items. Multi-valued simple fields are stored comma-joined. */
@Repository
class ResourceRepository {

    static final String SELECT = """
            SELECT r.*, d.code AS provider_code, d.name AS provider_name, d.region_code, g.name AS region_name
              FROM catalog_resource r
              JOIN department d ON d.id = r.provider_id
              JOIN region g ON g.code = d.region_code
            """;

    private final JdbcClient jdbc;
    /** Resources by code, for the data service's every request; stale after any write here or to a department ({@link #changed()}). */
    private final ChangeTrackedCache<String, Resource> byCode = new ChangeTrackedCache<>(100_000);

    ResourceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every write to the catalog tables, and to the departments and regions resources are read with, goes through here. */
    void changed() {
        byCode.changed();
    }

    /** Next sequence number for a classification code; call inside the creating transaction. */
    int nextSequence(String classificationCode) {
        int updated = jdbc.sql("UPDATE resource_code_sequence SET last_value = last_value + 1 WHERE classification_code = ?")
                .param(classificationCode).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO resource_code_sequence (classification_code, last_value) VALUES (?, 1)")
                    .param(classificationCode).update();
        }
        return jdbc.sql("SELECT last_value FROM resource_code_sequence WHERE classification_code = ?")
                .param(classificationCode).query(Integer.class).single();
    }

    long insert(String code, ResourceCommand c, long providerId, ResourceStatus status, String user, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO catalog_resource (code, name, resource_class, base_library, classification_code, provider_id, summary,
                    format_class, format_type, share_type, share_conditions, share_legal_basis, share_modes, open_type,
                    open_conditions, update_cycle, release_date, related_codes, classified, data_grade, data_grade_level, tags,
                    contact_name, contact_phone, contact_email, status, version, created_by, created_at, updated_by, updated_at)
                VALUES (:code, :name, :resourceClass, :library, :classificationCode, :providerId, :summary,
                    :formatClass, :formatType, :shareType, :shareConditions, :shareLegalBasis, :shareModes, :openType,
                    :openConditions, :updateCycle, :releaseDate, :relatedCodes, FALSE, :dataGrade, :dataGradeLevel, :tags,
                    :contactName, :contactPhone, :contactEmail, :status, 1, :user, :now, :user, :now)
                """)
                .params(fields(c))
                .param("code", code)
                .param("providerId", providerId)
                .param("status", status.name())
                .param("user", user)
                .param("now", utc(now))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        insertItems(id, c.items());
        changed();
        return id;
    }

    void update(long id, ResourceCommand c, long providerId, String user, Instant now) {
        jdbc.sql("""
                UPDATE catalog_resource SET name = :name, resource_class = :resourceClass, base_library = :library,
                    classification_code = :classificationCode, provider_id = :providerId, summary = :summary,
                    format_class = :formatClass, format_type = :formatType, share_type = :shareType,
                    share_conditions = :shareConditions, share_legal_basis = :shareLegalBasis, share_modes = :shareModes,
                    open_type = :openType, open_conditions = :openConditions, update_cycle = :updateCycle,
                    release_date = :releaseDate, related_codes = :relatedCodes, data_grade = :dataGrade,
                    data_grade_level = :dataGradeLevel, tags = :tags, contact_name = :contactName,
                    contact_phone = :contactPhone, contact_email = :contactEmail,
                    version = version + 1, updated_by = :user, updated_at = :now
                 WHERE id = :id
                """)
                .params(fields(c))
                .param("providerId", providerId)
                .param("user", user)
                .param("now", utc(now))
                .param("id", id)
                .update();
        jdbc.sql("DELETE FROM catalog_item WHERE resource_id = ?").param(id).update();
        insertItems(id, c.items());
        changed();
    }

    /** Changes one item's sensitivity and counts a new version of the resource. */
    void updateItemSensitivity(long id, String itemName, Sensitivity sensitivity, String user, Instant now) {
        jdbc.sql("UPDATE catalog_item SET sensitivity = ? WHERE resource_id = ? AND name = ?").params(sensitivity.name(), id, itemName).update();
        jdbc.sql("UPDATE catalog_resource SET version = version + 1, updated_by = ?, updated_at = ? WHERE id = ?")
                .params(user, utc(now), id).update();
        changed();
    }

    void updateStatus(long id, ResourceStatus status, String comment, java.time.LocalDate releaseDate, String user, Instant now) {
        jdbc.sql("""
                UPDATE catalog_resource SET status = ?, review_comment = ?, release_date = COALESCE(release_date, ?),
                    version = version + 1, updated_by = ?, updated_at = ? WHERE id = ?
                """)
                .params(status.name(), comment, releaseDate == null ? null : Date.valueOf(releaseDate), user, utc(now), id)
                .update();
        changed();
    }

    void insertVersion(long id, Resource r, ResourceAction action, List<String> changes, String comment, String snapshot) {
        jdbc.sql("""
                INSERT INTO catalog_resource_version (resource_id, version, action, status, changed_by, changed_at, changes, comment, snapshot)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(id, r.version(), action.name(), r.status().name(), r.updatedBy(), utc(r.updatedAt()),
                        truncate(String.join(",", changes), 4000), comment, snapshot)
                .update();
    }

    List<ResourceVersion> versions(long id) {
        return jdbc.sql("SELECT version, action, status, changed_by, changed_at, changes, comment FROM catalog_resource_version WHERE resource_id = ? ORDER BY version DESC")
                .param(id)
                .query((rs, n) -> new ResourceVersion(rs.getInt(1), ResourceAction.valueOf(rs.getString(2)),
                        ResourceStatus.valueOf(rs.getString(3)), rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant(),
                        split(rs.getString(6)), rs.getString(7)))
                .list();
    }

    Optional<String> snapshot(long id, int version) {
        return jdbc.sql("SELECT snapshot FROM catalog_resource_version WHERE resource_id = ? AND version = ?")
                .params(id, version).query(String.class).optional();
    }

    Optional<Long> idOf(String code) {
        return jdbc.sql("SELECT id FROM catalog_resource WHERE code = ?").param(code).query(Long.class).optional();
    }

    /** The resource with its items (cached until the next write, see {@link #changed()}). */
    Optional<Resource> find(String code) {
        return byCode.get(code, () -> jdbc.sql(SELECT + " WHERE r.code = ?").param(code).query((rs, n) -> map(rs)).optional()
                .map(r -> withItems(r, items(List.of(code)))));
    }

    /** Resources matching a WHERE fragment over alias {@code r} / {@code d}, with their items, in code order. */
    List<Resource> findWhere(String where, Map<String, ?> params) {
        List<Resource> rows = jdbc.sql(SELECT + " WHERE " + where + " ORDER BY r.code").params(params).query((rs, n) -> map(rs)).list();
        return attachItems(rows);
    }

    List<Resource> findAll() {
        return attachItems(jdbc.sql(SELECT + " ORDER BY r.code").query((rs, n) -> map(rs)).list());
    }

    long countWhere(String where, Map<String, ?> params) {
        return jdbc.sql("SELECT COUNT(*) FROM catalog_resource r JOIN department d ON d.id = r.provider_id WHERE " + where)
                .params(params).query(Long.class).single();
    }

    /** Counts of resources grouped by one column expression. */
    Map<String, Long> countBy(String column, String where, Map<String, ?> params) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT " + column + " AS k, COUNT(*) AS n FROM catalog_resource r JOIN department d ON d.id = r.provider_id WHERE "
                        + where + " GROUP BY " + column + " ORDER BY COUNT(*) DESC")
                .params(params)
                .query((rs, n) -> counts.put(rs.getString("k") == null ? "" : rs.getString("k"), rs.getLong("n")))
                .list();
        return counts;
    }

    /** A stamp that changes whenever any resource changes: used to detect a stale search index. */
    String stamp() {
        return jdbc.sql("SELECT COUNT(*) || ':' || COALESCE(SUM(version), 0) || ':' || COALESCE(MAX(id), 0) FROM catalog_resource")
                .query(String.class).single();
    }

    boolean existsByName(String name, long providerId, long exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM catalog_resource WHERE name = ? AND provider_id = ? AND id <> ? AND status <> 'DEPRECATED'")
                .params(name, providerId, exceptId).query(Long.class).single() > 0;
    }

    Set<String> existingCodes(List<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("SELECT code FROM catalog_resource WHERE code IN (:codes)").param("codes", codes)
                .query(String.class).list());
    }

    private List<Resource> attachItems(List<Resource> rows) {
        Map<String, List<DataItem>> items = new HashMap<>();
        List<String> codes = rows.stream().map(Resource::code).toList();
        // chunked IN lists: one query per 500 resources instead of one per resource
        for (int from = 0; from < codes.size(); from += 500) {
            jdbc.sql("""
                    SELECT r.code, i.name, i.label, i.data_type, i.length, i.required, i.key_item, i.sensitivity
                      FROM catalog_item i JOIN catalog_resource r ON r.id = i.resource_id
                     WHERE r.code IN (:codes) ORDER BY r.code, i.position
                    """)
                    .param("codes", codes.subList(from, Math.min(codes.size(), from + 500)))
                    .query((rs, n) -> items.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(item(rs)))
                    .list();
        }
        return rows.stream().map(r -> withItems(r, items.getOrDefault(r.code(), List.of()))).toList();
    }

    private List<DataItem> items(List<String> codes) {
        return jdbc.sql("""
                SELECT r.code, i.name, i.label, i.data_type, i.length, i.required, i.key_item, i.sensitivity
                  FROM catalog_item i JOIN catalog_resource r ON r.id = i.resource_id WHERE r.code IN (:codes) ORDER BY i.position
                """).param("codes", codes).query((rs, n) -> item(rs)).list();
    }

    private void insertItems(long id, List<DataItem> items) {
        for (int i = 0; i < items.size(); i++) {
            DataItem it = items.get(i);
            jdbc.sql("INSERT INTO catalog_item (resource_id, position, name, label, data_type, length, required, key_item, sensitivity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(id, i, it.name(), it.label(), it.dataType().name(), it.length(), it.required(), it.key(), it.sensitivity().name())
                    .update();
        }
    }

    private static DataItem item(ResultSet rs) throws SQLException {
        int length = rs.getInt("length");
        Integer len = rs.wasNull() ? null : length;
        return new DataItem(rs.getString("name"), rs.getString("label"), DataType.valueOf(rs.getString("data_type")), len,
                rs.getBoolean("required"), rs.getBoolean("key_item"), Sensitivity.valueOf(rs.getString("sensitivity")));
    }

    private static Resource withItems(Resource r, List<DataItem> items) {
        return new Resource(r.code(), r.name(), r.resourceClass(), r.library(), r.classificationCode(), r.providerId(),
                r.providerCode(), r.providerName(), r.regionCode(), r.regionName(), r.summary(), r.formatClass(), r.formatType(),
                List.copyOf(items), r.shareType(), r.shareConditions(), r.shareLegalBasis(), r.shareModes(), r.openType(),
                r.openConditions(), r.updateCycle(), r.releaseDate(), r.relatedCodes(), r.classified(), r.dataGrade(),
                r.dataGradeLevel(), r.tags(), r.contact(), r.status(), r.reviewComment(), r.version(), r.createdBy(),
                r.createdAt(), r.updatedBy(), r.updatedAt());
    }

    private static Resource map(ResultSet rs) throws SQLException {
        int level = rs.getInt("data_grade_level");
        Integer gradeLevel = rs.wasNull() ? null : level;
        String library = rs.getString("base_library");
        Date release = rs.getDate("release_date");
        Set<ShareMode> modes = EnumSet.noneOf(ShareMode.class);
        split(rs.getString("share_modes")).forEach(m -> modes.add(ShareMode.valueOf(m)));
        return new Resource(
                rs.getString("code"), rs.getString("name"), ResourceClass.valueOf(rs.getString("resource_class")),
                library == null ? null : Library.valueOf(library), rs.getString("classification_code"),
                rs.getLong("provider_id"), rs.getString("provider_code"), rs.getString("provider_name"),
                rs.getString("region_code"), rs.getString("region_name"), rs.getString("summary"),
                FormatClass.valueOf(rs.getString("format_class")), rs.getString("format_type"), List.of(),
                ShareType.valueOf(rs.getString("share_type")), rs.getString("share_conditions"), rs.getString("share_legal_basis"),
                Set.copyOf(modes), OpenType.valueOf(rs.getString("open_type")), rs.getString("open_conditions"),
                UpdateCycle.valueOf(rs.getString("update_cycle")), release == null ? null : release.toLocalDate(),
                split(rs.getString("related_codes")), rs.getBoolean("classified"), DataGrade.valueOf(rs.getString("data_grade")),
                gradeLevel, split(rs.getString("tags")),
                new Contact(rs.getString("contact_name"), rs.getString("contact_phone"), rs.getString("contact_email")),
                ResourceStatus.valueOf(rs.getString("status")), rs.getString("review_comment"), rs.getInt("version"),
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getString("updated_by"), rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    private static Map<String, Object> fields(ResourceCommand c) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", c.name().trim());
        p.put("resourceClass", c.resourceClass().name());
        p.put("library", c.library() == null ? null : c.library().name());
        p.put("classificationCode", c.classificationCode());
        p.put("summary", c.summary().trim());
        p.put("formatClass", c.formatClass().name());
        p.put("formatType", c.formatType().trim());
        p.put("shareType", c.shareType().name());
        p.put("shareConditions", blankToNull(c.shareConditions()));
        p.put("shareLegalBasis", blankToNull(c.shareLegalBasis()));
        p.put("shareModes", c.shareModes().stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
        p.put("openType", c.openType().name());
        p.put("openConditions", blankToNull(c.openConditions()));
        p.put("updateCycle", c.updateCycle().name());
        p.put("releaseDate", c.releaseDate() == null ? null : Date.valueOf(c.releaseDate()));
        p.put("relatedCodes", String.join(",", c.relatedCodes()));
        p.put("dataGrade", c.dataGrade().name());
        p.put("dataGradeLevel", c.dataGradeLevel());
        p.put("tags", c.tags().stream().map(String::trim).distinct().collect(Collectors.joining(",")));
        p.put("contactName", blankToNull(c.contact().name()));
        p.put("contactPhone", blankToNull(c.contact().phone()));
        p.put("contactEmail", blankToNull(c.contact().email()));
        return p;
    }

    static List<String> split(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    static OffsetDateTime utc(Instant i) {
        return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
