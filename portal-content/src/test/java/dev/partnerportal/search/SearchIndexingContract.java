package dev.partnerportal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.content.ContentDraft;
import dev.partnerportal.content.ContentEditing;
import dev.partnerportal.content.ContentItemId;
import dev.partnerportal.content.ContentLibrary;
import dev.partnerportal.content.ContentType;
import dev.partnerportal.shared.PortalMeters;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.SignIn;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The index follows the database: publishing makes an item searchable through the event path, the change
 * log is written in the content's own transaction, a node that was down catches up, two nodes converge, and a
 * damaged index is rebuilt with nothing lost. On H2 and PostgreSQL.
 */
abstract class SearchIndexingContract {

    @Autowired
    ContentEditing editing;
    @Autowired
    ContentSearch search;
    @Autowired
    ContentLibrary library;
    @Autowired
    IndexFollower follower;
    @Autowired
    SearchChanges changes;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MutableClock clock;
    @Autowired
    GapRecorder gapRecorder;
    @Autowired
    dev.partnerportal.audit.AuditTrail audit;
    @Autowired
    dev.partnerportal.shared.CallerContext callers;
    @Autowired
    SearchGaps gaps;
    @Autowired
    PortalMeters meters;
    @Autowired
    dev.partnerportal.activity.ActivityRecorder activity;
    @Autowired
    Clock appClock;

    @TempDir
    Path otherNode;

    @BeforeEach
    void indexReady() {
        follower.catchUp();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /** A word no other item contains, in letters only (digit runs in a query are masked as numbers). */
    private static String word() {
        var letters = new StringBuilder("qz");
        UUID.randomUUID().toString().replace("-", "").substring(0, 10)
                .chars().forEach(c -> letters.append((char) ('a' + Character.digit(c, 16))));
        return letters.toString();
    }

    private ContentItemId publish(String title, String body, List<String> tiers) {
        SignIn.as(provider, "admin@vendor.test");
        var item = editing.create(ContentDraft.of(ContentType.INDUSTRY_REPORT, title, "Summary", body)
                .withAudience(tiers, List.of()));
        editing.publish(item.id());
        return item.id();
    }

    private long hits(String email, String text) {
        SignIn.as(provider, email);
        return search.search(SearchQuery.of(text)).total();
    }

    @Test
    void aPublishedItemBecomesSearchableThroughTheEventPath() {
        var word = word();
        var id = publish("Report " + word, "Body with " + word, List.of());
        assertThat(jdbc.queryForObject("select count(*) from search_change where item_id = ?", Long.class, id.value()))
                .isEqualTo(1);

        await().atMost(Duration.ofSeconds(20)).until(() -> hits("carol@contoso.test", word) == 1);
        SignIn.as(provider, "carol@contoso.test");
        assertThat(search.search(SearchQuery.of(word)).hits()).extracting(SearchHit::id).containsExactly(id);
    }

    @Test
    void draftsAreNeverIndexedAndWithdrawnItemsLeaveTheIndex() {
        var word = word();
        SignIn.as(provider, "editor@vendor.test");
        var draft = editing.create(ContentDraft.of(ContentType.PLAYBOOK, "Draft " + word, "Summary", word));
        follower.catchUp();
        assertThat(hits("admin@vendor.test", word)).isZero();

        SignIn.as(provider, "admin@vendor.test");
        editing.publish(draft.id());
        follower.catchUp();
        assertThat(hits("admin@vendor.test", word)).isEqualTo(1);

        SignIn.as(provider, "admin@vendor.test");
        editing.archive(draft.id());
        follower.catchUp();
        assertThat(hits("admin@vendor.test", word)).isZero();
    }

    @Test
    void theChangeLogIsWrittenInTheContentsOwnTransaction() {
        var word = word();
        SignIn.as(provider, "admin@vendor.test");
        var item = editing.create(ContentDraft.of(ContentType.PLAYBOOK, "Rolled back " + word, "Summary", word));
        var before = changes.count();
        transactions.executeWithoutResult(status -> {
            editing.publish(item.id());
            status.setRollbackOnly();
        });
        assertThat(changes.count()).isEqualTo(before);
        follower.catchUp();
        assertThat(hits("admin@vendor.test", word)).isZero();
    }

    @Test
    void restrictedItemsAreFoundOnlyByTheirAudience() {
        var word = word();
        publish("Gold report " + word, word, List.of("GOLD"));
        follower.catchUp();
        assertThat(hits("alice@northwind.test", word)).isEqualTo(1);
        assertThat(hits("carol@contoso.test", word)).isZero();
        SignIn.as(provider, "carol@contoso.test");
        assertThat(search.suggest("Gold report " + word)).isEmpty();
        SignIn.as(provider, "alice@northwind.test");
        assertThat(search.suggest("Gold report " + word)).hasSize(1);
    }

    @Test
    void aNodeThatWasDownCatchesUpAndADamagedIndexIsRebuiltWithNothingLost() throws Exception {
        var settings = new SearchSettings(otherNode, Duration.ofMinutes(10), Duration.ofSeconds(60), Duration.ZERO,
                Duration.ofDays(7));
        var node = new SearchIndex(settings);
        var nodeFollower = new IndexFollower(node, changes, library, settings, transactions, appClock);
        assertThat(node.health()).isEqualTo(SearchIndex.Health.MISSING);
        assertThat(node.serving()).isFalse();
        var readiness = new SearchReadiness(node, nodeFollower);
        assertThat(readiness.ready()).as("not ready before the start-up check has built it").isFalse();
        nodeFollower.start();
        nodeFollower.catchUp();
        assertThat(node.serving()).isTrue();
        assertThat(readiness.ready()).as("ready once built from the database").isTrue();
        assertThat(node.documents()).isEqualTo(published());
        nodeFollower.destroy();
        node.destroy();

        var word = word();
        var missed = publish("While the node was down " + word, word, List.of());

        node = new SearchIndex(settings);
        nodeFollower = new IndexFollower(node, changes, library, settings, transactions, appClock);
        assertThat(node.health()).isEqualTo(SearchIndex.Health.USABLE);
        nodeFollower.start();
        nodeFollower.catchUp();
        assertThat(nodeFollower.rebuildTotal()).as("caught up from the log, no rebuild").isZero();
        assertThat(ids(node, word)).containsExactly(missed.value());
        follower.catchUp();
        assertThat(hits("admin@vendor.test", word)).as("both nodes converge").isEqualTo(1);
        nodeFollower.destroy();
        node.destroy();

        corruptLargestFile(otherNode);
        node = new SearchIndex(settings);
        nodeFollower = new IndexFollower(node, changes, library, settings, transactions, appClock);
        assertThat(node.health()).isEqualTo(SearchIndex.Health.CORRUPT);
        assertThat(node.serving()).isFalse();
        var nodeSearch = new ContentSearch(node, nodeFollower, new SearchEngine(), library, gapRecorder, gaps, appClock,
                audit, callers, meters, activity);
        var nodeReadiness = new SearchReadiness(node, nodeFollower);
        assertThat(nodeReadiness.ready()).as("not ready before the start-up check").isFalse();
        SignIn.as(provider, "carol@contoso.test");
        assertThat(nodeSearch.search(SearchQuery.of(word)).state()).isEqualTo(SearchResults.State.REBUILDING);
        assertThat(nodeSearch.suggest(word)).isEmpty();
        nodeFollower.start();
        nodeFollower.catchUp();
        assertThat(node.serving()).isTrue();
        assertThat(nodeReadiness.ready()).as("ready once rebuilt from the database").isTrue();
        assertThat(node.documents()).isEqualTo(published());
        assertThat(ids(node, word)).containsExactly(missed.value());
        nodeFollower.destroy();
        node.destroy();
    }

    @Test
    void searchesThatFindNothingAreCountedWithoutPersonalDataForEditors() {
        var word = word();
        hits("carol@contoso.test", "nothing like " + word);
        hits("alice@northwind.test", "Nothing  like " + word);
        hits("alice@northwind.test", "mail me at someone@example.com " + word);

        SignIn.as(provider, "editor@vendor.test");
        var gaps = search.gaps(30, 500);
        assertThat(gaps).filteredOn(g -> g.query().equals("nothing like " + word))
                .singleElement().satisfies(g -> assertThat(g.searches()).isEqualTo(2));
        assertThat(gaps).filteredOn(g -> g.query().contains(word) && g.query().startsWith("mail"))
                .singleElement().satisfies(g -> assertThat(g.query()).isEqualTo("mail me at [email] " + word));
        assertThat(jdbc.queryForObject("select count(*) from search_gap where query_text like '%example.com%'", Long.class))
                .isZero();

        SignIn.as(provider, "carol@contoso.test");
        assertThatThrownBy(() -> search.gaps(30, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyAdministratorsSeeTheIndexAndRebuildIt() {
        SignIn.as(provider, "editor@vendor.test");
        assertThatThrownBy(() -> search.rebuild()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> search.status()).isInstanceOf(AccessDeniedException.class);

        SignIn.as(provider, "admin@vendor.test");
        var audited = jdbc.queryForObject("select count(*) from audit_entry where action = 'SEARCH_INDEX_REBUILD_REQUESTED'"
                + " and actor = 'admin@vendor.test'", Long.class);
        search.rebuild();
        follower.catchUp();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'SEARCH_INDEX_REBUILD_REQUESTED'"
                + " and actor = 'admin@vendor.test'", Long.class)).isEqualTo(audited + 1);
        var status = search.status();
        assertThat(status.serving()).isTrue();
        assertThat(status.rebuilding()).isFalse();
        assertThat(status.documents()).isEqualTo(status.published());
        assertThat(status.rebuildDone()).isEqualTo(status.rebuildTotal());
        assertThat(status.progress()).isEqualTo(1.0);
    }

    private long published() {
        return jdbc.queryForObject("select count(*) from content_item where status = 'PUBLISHED'", Long.class);
    }

    private List<Long> ids(SearchIndex node, String text) throws IOException {
        var searcher = node.acquire();
        try {
            return new SearchEngine().search(searcher, SearchQuery.of(text), Optional.empty(), clock.instant())
                    .hits().stream().map(h -> h.id().value()).toList();
        } finally {
            node.release(searcher);
        }
    }

    private static void corruptLargestFile(Path directory) throws IOException {
        Path largest;
        try (var files = Files.list(directory)) {
            largest = files.filter(f -> !f.getFileName().toString().equals("write.lock"))
                    .max(Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
        }
        try (var file = new RandomAccessFile(largest.toFile(), "rw")) {
            var middle = file.length() / 2;
            file.seek(middle);
            var b = file.read();
            file.seek(middle);
            file.write(b ^ 0xFF);
        }
    }
}
