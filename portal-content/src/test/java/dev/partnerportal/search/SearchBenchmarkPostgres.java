package dev.partnerportal.search;

import dev.partnerportal.content.ReaderAudience;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * The benchmark's PostgreSQL side: loads the generated corpus into {@code content_item} with COPY, and
 * the baseline it compares the portal with, PostgreSQL full-text search the usual way: a tsvector column
 * filled with each row's language configuration (title weighted A, summary B), a GIN index, and a
 * query over every configuration the portal's analyzers cover, ranked by ts_rank, top 10, with the same
 * audience and expiry filter.
 */
final class SearchBenchmarkPostgres implements AutoCloseable {

    private static final String COPY = "copy content_item (type, title, slug, summary, body, language, industries, "
            + "products, regions, audience_tiers, tags, sheet_what_it_is, sheet_who_buys, sheet_pains, sheet_pitch, "
            + "sheet_objections, sheet_proof, translation_group, owner_id, status, published_at, last_editor_id, "
            + "revision, created_at, updated_at, version) from stdin with (format csv)";
    private static final int COPY_CHUNK = 1000;

    private final DataSource dataSource;
    private final Connection connection;
    private final Map<String, String> configurations;
    private final PreparedStatement search;

    SearchBenchmarkPostgres(DataSource dataSource) throws SQLException {
        this.dataSource = dataSource;
        this.connection = dataSource.getConnection();
        this.configurations = configurations(connection);
        this.search = connection.prepareStatement(searchSql(List.copyOf(new java.util.LinkedHashSet<>(configurations.values()))));
    }

    /** Items 0 to {@code items - 1}, published, owned by {@code ownerId}, in one COPY. */
    static void load(DataSource dataSource, SearchBenchmarkCorpus corpus, int items, long ownerId) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
            try {
                var chunk = new StringBuilder();
                for (int n = 0; n < items; n++) {
                    row(chunk, corpus.item(n), ownerId);
                    if ((n + 1) % COPY_CHUNK == 0 || n == items - 1) {
                        var bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
                        copy.writeToCopy(bytes, 0, bytes.length);
                        chunk.setLength(0);
                    }
                }
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        }
    }

    /** Fills the tsvector column on both cores (two halves of the table at once); returns the seconds taken. */
    double buildDocuments() throws Exception {
        try (var statement = connection.createStatement()) {
            statement.execute("alter table content_item add column bench_document tsvector");
        }
        var configuration = configurations.entrySet().stream()
                .map(e -> "when '" + e.getKey() + "' then '" + e.getValue() + "'")
                .collect(Collectors.joining(" ", "(case language ", " else 'simple' end)::regconfig"));
        var update = "update content_item set bench_document = setweight(to_tsvector(" + configuration + ", title), 'A') "
                + "|| setweight(to_tsvector(" + configuration + ", summary), 'B') || to_tsvector(" + configuration
                + ", body) where id % 2 = ?";
        var started = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(2)) {
            var halves = new ArrayList<java.util.concurrent.Future<Integer>>();
            for (int half = 0; half < 2; half++) {
                var remainder = half;
                halves.add(pool.submit(() -> {
                    try (var own = dataSource.getConnection(); var statement = own.prepareStatement(update)) {
                        statement.setInt(1, remainder);
                        return statement.executeUpdate();
                    }
                }));
            }
            for (var half : halves) {
                half.get();
            }
        }
        return (System.nanoTime() - started) / 1e9;
    }

    /** Builds the GIN index; returns the seconds taken. Then vacuums and analyzes, untimed. */
    double buildIndex() throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("set maintenance_work_mem = '512MB'");
            var started = System.nanoTime();
            statement.execute("create index ix_bench_document on content_item using gin (bench_document)");
            var seconds = (System.nanoTime() - started) / 1e9;
            statement.execute("vacuum analyze content_item");
            return seconds;
        }
    }

    /** Ids of the top 10 items the audience may read, best first. */
    List<Long> search(SearchBenchmarkQueries.BenchmarkQuery query, ReaderAudience audience, Instant now)
            throws SQLException {
        int at = 1;
        var configs = new java.util.LinkedHashSet<>(configurations.values()).size();
        for (int i = 0; i < configs; i++) {
            search.setString(at++, query.tsquery());
        }
        search.setObject(at++, java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC));
        search.setString(at++, "%|" + audience.tierCode() + "|%");
        search.setString(at, "%|" + audience.region() + "|%");
        var ids = new ArrayList<Long>(10);
        try (var rows = search.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    /** The text search configurations a query runs in: those of the corpus languages this server has. */
    String configurationNames() {
        return String.join(", ", new java.util.LinkedHashSet<>(configurations.values()));
    }

    String version() throws SQLException {
        try (var statement = connection.createStatement(); var rows = statement.executeQuery("show server_version")) {
            rows.next();
            return rows.getString(1);
        }
    }

    @Override
    public void close() throws SQLException {
        search.close();
        connection.close();
    }

    private static String searchSql(List<String> configs) {
        var tsquery = configs.stream().map(c -> "to_tsquery('" + c + "', ?)").collect(Collectors.joining(" || "));
        return "select id from content_item, (select " + tsquery + " as query) q "
                + "where bench_document @@ q.query and status = 'PUBLISHED' and (expire_at is null or expire_at > ?) "
                + "and (audience_tiers = '' or audience_tiers like ?) and (regions = '' or regions like ?) "
                + "order by ts_rank(bench_document, q.query) desc limit 10";
    }

    /** Language code to text search configuration; a language the server has no configuration for uses 'simple'. */
    private static Map<String, String> configurations(Connection connection) throws SQLException {
        var wanted = Map.of("en", "english", "hu", "hungarian", "de", "german", "fr", "french", "es", "spanish",
                "ar", "arabic");
        var available = new java.util.HashSet<String>();
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("select cfgname from pg_ts_config")) {
            while (rows.next()) {
                available.add(rows.getString(1));
            }
        }
        var configurations = new LinkedHashMap<String, String>();
        for (var language : SearchBenchmarkCorpus.LANGUAGES.keySet()) {
            var name = wanted.get(language);
            configurations.put(language, name != null && available.contains(name) ? name : "simple");
        }
        return configurations;
    }

    private static void row(StringBuilder out, SearchBenchmarkCorpus.Item item, long ownerId) {
        var published = item.publishedAt().toString();
        var values = List.of(item.type().name(), item.title(), item.slug(), item.summary(), item.body(),
                item.language(), encode(item.industries()), encode(item.products()), encode(item.regions()),
                encode(item.tiers()), encode(item.tags()), "", "", "", "", "", "", item.slug(), Long.toString(ownerId),
                "PUBLISHED", published, Long.toString(ownerId), "1", published, published, "0");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append('"').append(values.get(i).replace("\"", "\"\"")).append('"');
        }
        out.append('\n');
    }

    /** The '|a|b|' encoding of multi-valued columns; '' when empty. */
    private static String encode(List<String> values) {
        return values.isEmpty() ? "" : values.stream().collect(Collectors.joining("|", "|", "|"));
    }
}
