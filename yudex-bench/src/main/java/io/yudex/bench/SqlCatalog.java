package io.yudex.bench;

import io.yudex.search.CatalogDocument;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The naive baseline: the same rows in an in-memory H2 table searched with {@code LIKE '%word%'}
 * over five columns, newest first, plus a {@code COUNT(*)} for the total. No ranking, facets,
 * visibility or highlighting, so it does less work than the Lucene side.
 */
public final class SqlCatalog implements AutoCloseable {

    private static final String[] COLUMNS = {"name", "summary", "items", "tags", "provider"};

    private final Connection connection;

    private SqlCatalog(Connection connection) {
        this.connection = connection;
    }

    /** A private in-memory database with {@code resources} fixture rows; it vanishes on {@link #close()}. */
    public static SqlCatalog load(int resources) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:h2:mem:");
        try (var statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TABLE catalog (
                      code VARCHAR(64) PRIMARY KEY, name VARCHAR(200), summary VARCHAR(2000),
                      items VARCHAR(2000), tags VARCHAR(500), provider VARCHAR(200), updated_at TIMESTAMP)""");
        }
        insert(connection, CatalogFixtures.resources(resources).iterator());
        return new SqlCatalog(connection);
    }

    /** A page of codes and the total, for {@code text} split on whitespace; every word must occur. */
    public Page search(String text, int limit) throws SQLException {
        List<String> words = List.of(text.strip().split("\\s+"));
        String where = where(words.size());
        List<String> codes = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT code, name, summary, provider, updated_at FROM catalog WHERE " + where
                        + " ORDER BY updated_at DESC, code LIMIT " + limit)) {
            bind(select, words);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) codes.add(rows.getString(1));
            }
        }
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM catalog WHERE " + where)) {
            bind(count, words);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return new Page(List.copyOf(codes), rows.getLong(1));
            }
        }
    }

    /** Every code matching {@code text}, for checking against the Lucene side. */
    public Set<String> matchingCodes(String text) throws SQLException {
        return new LinkedHashSet<>(search(text, Integer.MAX_VALUE).codes());
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    public record Page(List<String> codes, long total) {}

    private static void insert(Connection connection, Iterator<CatalogDocument> documents) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO catalog VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int batched = 0;
            while (documents.hasNext()) {
                CatalogDocument d = documents.next();
                insert.setString(1, d.code());
                insert.setString(2, d.name());
                insert.setString(3, d.summary());
                insert.setString(4, String.join("；", d.items()));
                insert.setString(5, String.join("，", d.tags()));
                insert.setString(6, d.provider());
                insert.setTimestamp(7, Timestamp.from(d.updatedAt()));
                insert.addBatch();
                if (++batched % 1_000 == 0) insert.executeBatch();
            }
            insert.executeBatch();
        }
    }

    /** {@code (name LIKE ? OR summary LIKE ? …) AND (…)}, one group per word. */
    private static String where(int words) {
        List<String> groups = new ArrayList<>();
        for (int w = 0; w < words; w++) {
            List<String> likes = new ArrayList<>();
            for (String column : COLUMNS) likes.add(column + " LIKE ? ESCAPE '\\'");
            groups.add("(" + String.join(" OR ", likes) + ")");
        }
        return String.join(" AND ", groups);
    }

    private static void bind(PreparedStatement statement, List<String> words) throws SQLException {
        int parameter = 1;
        for (String word : words) {
            String pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            for (int c = 0; c < COLUMNS.length; c++) statement.setString(parameter++, pattern);
        }
    }
}
