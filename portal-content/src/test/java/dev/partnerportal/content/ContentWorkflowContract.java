package dev.partnerportal.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.SignIn;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Draft, review, approval, publishing, schedule, versions and conflicts, on H2 and PostgreSQL. */
abstract class ContentWorkflowContract {

    @Autowired
    ContentEditing editing;
    @Autowired
    ContentSchedule schedule;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RecordedContentEvents events;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private ContentSummary draftAs(String email, String title) {
        SignIn.as(provider, email);
        return editing.create(ContentDraft.of(ContentType.PLAYBOOK, title, "Summary", "# Body\n\nFirst text."));
    }

    private String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anEditorWritesAndSubmitsAManagerApprovesAndTheItemIsPublishedWithAnEventAfterCommit() {
        var item = draftAs("editor@vendor.test", unique("Retail playbook"));
        assertThat(item.status()).isEqualTo(ContentStatus.DRAFT);
        assertThat(item.revision()).isEqualTo(1);
        assertThat(editing.submit(item.id()).status()).isEqualTo(ContentStatus.IN_REVIEW);
        assertThatThrownBy(() -> editing.approve(item.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editing.publish(item.id())).isInstanceOf(AccessDeniedException.class);

        SignIn.as(provider, "manager@vendor.test");
        var approved = editing.approve(item.id());

        assertThat(approved.status()).isEqualTo(ContentStatus.PUBLISHED);
        assertThat(approved.publishedAt()).isEqualTo(clock.instant());
        assertThat(events.afterCommit()).contains(new ContentPublished(item.id()));
    }

    @Test
    void nobodyApprovesTheirOwnChangeAndAdministratorsMayPublishDirectly() {
        var item = draftAs("manager@vendor.test", unique("Manager's own"));
        editing.submit(item.id());

        assertThatThrownBy(() -> editing.approve(item.id())).isInstanceOf(WorkflowException.class)
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.error()).isEqualTo(ContentError.OWN_CHANGE));
        assertThat(editing.find(item.id()).orElseThrow().summary().status()).isEqualTo(ContentStatus.IN_REVIEW);

        var adminItem = draftAs("admin@vendor.test", unique("Admin direct"));
        assertThat(editing.publish(adminItem.id()).status()).isEqualTo(ContentStatus.PUBLISHED);
        assertThatThrownBy(() -> editing.submit(adminItem.id())).isInstanceOf(WorkflowException.class)
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.error()).isEqualTo(ContentError.WRONG_STATE);
                    assertThat(e.arguments()[0]).isEqualTo("submit");
                });
    }

    @Test
    void partnersCannotUseTheEditingService() {
        SignIn.as(provider, "alice@northwind.test");
        var before = jdbc.queryForObject("select count(*) from content_item", Long.class);

        assertThatThrownBy(() -> editing.create(ContentDraft.of(ContentType.PLAYBOOK, "x", "", "")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editing.list(ContentFilter.ALL, PageRequest.of(0, 5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from content_item", Long.class)).isEqualTo(before);
    }

    @Test
    void everySaveIsARevisionWithAReadableDiffAndRestore() {
        var item = draftAs("editor@vendor.test", unique("Versioned"));
        var draft = editing.find(item.id()).orElseThrow().toDraft();
        var second = editing.update(item.id(), item.version(), draft.withTitleAndBody(draft.title(), "# Body\n\nSecond text."));

        assertThat(second.revision()).isEqualTo(2);
        assertThat(editing.history(item.id())).extracting(RevisionSummary::revision, RevisionSummary::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "saved"), org.assertj.core.groups.Tuple.tuple(1, "created"));
        var diff = editing.diff(item.id(), 1, 2);
        assertThat(diff.lines()).contains(new RevisionDiff.Line(RevisionDiff.Change.REMOVED, "First text."),
                new RevisionDiff.Line(RevisionDiff.Change.ADDED, "Second text."),
                new RevisionDiff.Line(RevisionDiff.Change.SAME, "# Body"));

        var restored = editing.restore(item.id(), 1, second.version());
        assertThat(restored.revision()).isEqualTo(3);
        assertThat(editing.find(item.id()).orElseThrow().body()).isEqualTo("# Body\n\nFirst text.\n");
        assertThat(editing.history(item.id()).getFirst().note()).isEqualTo("restored from revision 1");
    }

    @Test
    void aStaleSaveIsRefusedWithAClearMessageAndChangesNothing() {
        var item = draftAs("editor@vendor.test", unique("Contended"));
        var draft = editing.find(item.id()).orElseThrow().toDraft();
        SignIn.as(provider, "manager@vendor.test");
        editing.update(item.id(), item.version(), draft.withTitleAndBody(draft.title(), "Manager's words"));

        SignIn.as(provider, "editor@vendor.test");
        assertThatThrownBy(() -> editing.update(item.id(), item.version(), draft.withTitleAndBody(draft.title(), "Editor's words")))
                .isInstanceOf(ContentConflictException.class)
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.error()).isEqualTo(ContentError.CHANGED_SINCE_OPENED);
                    assertThat(e.arguments()).startsWith("manager@vendor.test", 2);
                });
        assertThat(editing.find(item.id()).orElseThrow().body()).isEqualTo("Manager's words");
        assertThat(editing.history(item.id())).hasSize(2);
    }

    @Test
    void scheduledItemsArePublishedAtTheirTimeAndArchivedAtExpiry() {
        var item = draftAs("admin@vendor.test", unique("Scheduled"));
        var draft = editing.find(item.id()).orElseThrow().toDraft()
                .withSchedule(clock.instant().plus(Duration.ofDays(1)), clock.instant().plus(Duration.ofDays(3)));
        editing.update(item.id(), item.version(), draft);

        assertThat(editing.publish(item.id()).status()).isEqualTo(ContentStatus.SCHEDULED);
        schedule.run();
        assertThat(editing.find(item.id()).orElseThrow().summary().status()).isEqualTo(ContentStatus.SCHEDULED);

        clock.advance(Duration.ofDays(1));
        schedule.run();
        assertThat(editing.find(item.id()).orElseThrow().summary().status()).isEqualTo(ContentStatus.PUBLISHED);
        assertThat(events.afterCommit()).contains(new ContentPublished(item.id()));

        clock.advance(Duration.ofDays(2));
        schedule.run();
        assertThat(editing.find(item.id()).orElseThrow().summary().status()).isEqualTo(ContentStatus.ARCHIVED);
        assertThat(events.afterCommit()).contains(new ContentWithdrawn(item.id()));
    }

    @Test
    void editingAPublishedItemTakesItBackToDraftAndWithdrawsIt() {
        var item = draftAs("admin@vendor.test", unique("Republished"));
        var published = editing.publish(item.id());
        var draft = editing.find(item.id()).orElseThrow().toDraft();

        var edited = editing.update(item.id(), published.version(), draft.withTitleAndBody(draft.title(), "new"));

        assertThat(edited.status()).isEqualTo(ContentStatus.DRAFT);
        assertThat(events.afterCommit()).contains(new ContentWithdrawn(item.id()));
    }

    @Test
    void taxonomiesAndTiersAreManagedAndReviewDatesAreFlagged() {
        SignIn.as(provider, "editor@vendor.test");
        var base = ContentDraft.of(ContentType.INDUSTRY_REPORT, unique("Report"), "", "");
        var before = jdbc.queryForObject("select count(*) from content_item", Long.class);

        assertThatThrownBy(() -> editing.create(base.withTaxonomy(List.of("Astrology"), List.of())))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.error()).isEqualTo(ContentError.UNKNOWN_TERM);
                    assertThat(e.arguments()).startsWith("industry", "Astrology");
                });
        assertThatThrownBy(() -> editing.create(base.withAudience(List.of("DIAMOND"), List.of())))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.error()).isEqualTo(ContentError.UNKNOWN_TIER);
                    assertThat(e.arguments()[0]).isEqualTo("DIAMOND");
                });
        assertThat(jdbc.queryForObject("select count(*) from content_item", Long.class)).isEqualTo(before);

        var stale = editing.create(base.withTaxonomy(List.of("Retail"), List.of("Analytics Cloud"))
                .withDetails(List.of("stale"), LocalDate.of(2026, 10, 1), CheatSheet.EMPTY));
        assertThat(stale.reviewOverdue()).isTrue();
        assertThat(editing.list(ContentFilter.ALL.withReviewOverdueOnly(true), PageRequest.of(0, 100)).getContent())
                .extracting(ContentSummary::id).contains(stale.id());
    }

    @Test
    void slugsAreDerivedFromTitlesAndKeptUnique() {
        var first = draftAs("editor@vendor.test", "Ünïcode Slug Test Ωmega");
        var second = editing.create(ContentDraft.of(ContentType.PLAYBOOK, "Ünïcode Slug Test Ωmega", "", ""));

        assertThat(first.slug()).isEqualTo("unicode-slug-test-mega");
        assertThat(second.slug()).isEqualTo("unicode-slug-test-mega-2");
        assertThatThrownBy(() -> editing.create(ContentDraft.of(ContentType.PLAYBOOK, "x", "", "").withSlug(first.slug())))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.error()).isEqualTo(ContentError.SLUG_TAKEN));
    }
}
