package dev.partnerportal.analytics;

import static dev.partnerportal.testsupport.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.activity.ActivityFigures;
import dev.partnerportal.activity.ActivityKind;
import dev.partnerportal.activity.ActivityRecord;
import dev.partnerportal.activity.ActivityRecorder;
import dev.partnerportal.activity.ActivityRollup;
import dev.partnerportal.activity.DayRange;
import dev.partnerportal.activity.QueryUse;
import dev.partnerportal.activity.TrainingSteps;
import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.UserId;
import dev.partnerportal.testsupport.SignIn;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Analytics on a fixed set of events in June 2026 (long before the test clock, so no other test's activity falls
 * in the range), on H2 and PostgreSQL: exact figures from the roll-ups and from the raw events, staff events and
 * events outside the range left out, and one organization's page counting its own people only.
 */
abstract class ChannelAnalyticsContract {

    static final DayRange JUNE = new DayRange(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));

    @Autowired
    ChannelAnalytics analytics;
    @Autowired
    ActivityRecorder recorder;
    @Autowired
    ActivityRollup rollup;
    @Autowired
    ActivityFigures figures;
    @Autowired
    PartnerRegistry partners;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    JdbcTemplate jdbc;

    OrganizationId northwind;
    OrganizationId contoso;
    long item;
    String itemType;
    String itemLanguage;

    @BeforeEach
    void seedJune() {
        northwind = partners.findByName("Northwind Traders").orElseThrow().organizationId();
        contoso = partners.findByName("Contoso Ltd").orElseThrow().organizationId();
        var first = jdbc.queryForMap("select id, type, language from content_item where id = "
                + "(select min(id) from content_item where status = 'PUBLISHED')");
        item = ((Number) first.get("id")).longValue();
        itemType = (String) first.get("type");
        itemLanguage = (String) first.get("language");
        jdbc.update("delete from activity_event where occurred_at >= ? and occurred_at < ?",
                java.sql.Timestamp.from(at("2026-05-01T00:00:00Z")), java.sql.Timestamp.from(at("2026-08-01T00:00:00Z")));
        var alice = user("alice@northwind.test");
        var bob = user("bob@northwind.test");
        var carol = user("carol@contoso.test");
        var admin = user("admin@vendor.test");
        record(ActivityRecord.of(at("2026-06-01T08:00:00Z"), ActivityKind.SIGN_IN, alice, northwind));
        record(view("2026-06-10T08:00:00Z", ActivityKind.ITEM_VIEW, alice, northwind));
        record(view("2026-06-29T08:00:00Z", ActivityKind.ITEM_VIEW, alice, northwind));
        record(view("2026-06-29T08:05:00Z", ActivityKind.DOWNLOAD, alice, northwind));
        record(view("2026-05-31T23:59:59Z", ActivityKind.ITEM_VIEW, alice, northwind));
        record(ActivityRecord.of(at("2026-06-05T08:00:00Z"), ActivityKind.SIGN_IN, bob, northwind));
        record(ActivityRecord.search(at("2026-06-20T08:00:00Z"), bob, northwind, "Cheat Sheet ", 5));
        record(ActivityRecord.searchClick(at("2026-06-20T08:01:00Z"), bob, northwind, "cheat sheet", item));
        record(ActivityRecord.search(at("2026-06-20T08:02:00Z"), bob, northwind, "nothing here", 0));
        record(view("2026-06-15T08:00:00Z", ActivityKind.ITEM_VIEW, carol, contoso));
        record(view("2026-06-15T08:01:00Z", ActivityKind.PDF_DOWNLOAD, carol, contoso));
        record(ActivityRecord.search(at("2026-06-15T08:02:00Z"), carol, contoso, "cheat  sheet", 3));
        record(ActivityRecord.training(at("2026-06-15T09:00:00Z"), ActivityKind.LESSON_PROGRESS, carol, contoso, 1, 50, null));
        record(ActivityRecord.training(at("2026-06-15T09:10:00Z"), ActivityKind.LESSON_PROGRESS, carol, contoso, 1, 100, null));
        record(ActivityRecord.training(at("2026-06-15T09:20:00Z"), ActivityKind.QUIZ_RESULT, carol, contoso, 1, 90, true));
        record(ActivityRecord.training(at("2026-06-15T09:20:00Z"), ActivityKind.CERTIFIED, carol, contoso, 1, 90, true));
        record(view("2026-06-10T09:00:00Z", ActivityKind.ITEM_VIEW, admin, null));
        record(ActivityRecord.search(at("2026-06-10T09:00:00Z"), admin, null, "cheat sheet", 5));
        recorder.flush();
        rollup.rollUp(new DayRange(LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 30)));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void engagementCountsDifferentPartnerPeopleInTheRangeTheLastWeekAndTheLastMonth() {
        SignIn.as(provider, "manager@vendor.test");
        var engagement = analytics.engagement(JUNE);

        var north = engagement.stream().filter(e -> e.organizationId() == northwind.value()).findFirst().orElseThrow();
        assertThat(north.activeInRange()).isEqualTo(2);
        assertThat(north.weeklyActive()).as("only alice in 24-30 June").isEqualTo(1);
        assertThat(north.monthlyActive()).isEqualTo(2);
        var people = accounts.countEnabledMembers(northwind);
        assertThat(north.people()).isEqualTo(people);
        assertThat(north.activeShare()).isEqualTo((int) Math.round(200.0 / people));
        var cont = engagement.stream().filter(e -> e.organizationId() == contoso.value()).findFirst().orElseThrow();
        assertThat(cont.activeInRange()).isEqualTo(1);
        assertThat(cont.weeklyActive()).isZero();
        assertThat(cont.monthlyActive()).isEqualTo(1);
        assertThat(analytics.activePerDay(JUNE)).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of(
                LocalDate.of(2026, 6, 1), 1L, LocalDate.of(2026, 6, 5), 1L, LocalDate.of(2026, 6, 10), 1L,
                LocalDate.of(2026, 6, 15), 1L, LocalDate.of(2026, 6, 20), 1L, LocalDate.of(2026, 6, 29), 1L)));
    }

    @Test
    void contentSearchAndTrainingCountPartnerPeopleOnly() {
        SignIn.as(provider, "admin@vendor.test");
        var content = analytics.content(JUNE);
        assertThat(content).hasSize(1);
        var row = content.getFirst();
        assertThat(row.itemId()).isEqualTo(item);
        assertThat(row.views()).as("alice twice and carol; not the admin, not 31 May").isEqualTo(3);
        assertThat(row.downloads()).isEqualTo(1);
        assertThat(row.pdfDownloads()).isEqualTo(1);
        assertThat(row.type()).isEqualTo(itemType);
        assertThat(row.language()).isEqualTo(itemLanguage);
        assertThat(analytics.contentGroups(JUNE, true)).containsExactly(new ContentGroup(itemType, 1, 3, 1, 1));

        var search = analytics.search(JUNE);
        assertThat(search.topQueries()).containsExactly(new QueryUse("cheat sheet", 2, 0, 1),
                new QueryUse("nothing here", 1, 1, 0));
        assertThat(search.zeroResultQueries()).containsExactly(new QueryUse("nothing here", 1, 1, 0));
        assertThat(search.searches()).isEqualTo(3);
        assertThat(search.clickThrough()).isEqualTo(33);

        assertThat(analytics.training(JUNE)).isEqualTo(new TrainingSteps(1, 1, 1, 1));
    }

    @Test
    void figuresFromTheEventsAddUpToThoseFromTheRollUps() {
        // Program-wide figures come from the roll-ups, one organization's from the events.
        var rolled = figures.contentUse(JUNE, null).getFirst();
        var north = figures.contentUse(JUNE, northwind).getFirst();
        var cont = figures.contentUse(JUNE, contoso).getFirst();
        assertThat(north.views() + cont.views()).isEqualTo(rolled.views()).isEqualTo(3);
        assertThat(north.downloads() + cont.downloads()).isEqualTo(rolled.downloads());
        assertThat(north.pdfDownloads() + cont.pdfDownloads()).isEqualTo(rolled.pdfDownloads());
        var searches = figures.queries(JUNE, northwind).stream().mapToLong(QueryUse::searches).sum()
                + figures.queries(JUNE, contoso).stream().mapToLong(QueryUse::searches).sum();
        assertThat(searches).isEqualTo(figures.queries(JUNE, null).stream().mapToLong(QueryUse::searches).sum())
                .isEqualTo(3);
    }

    @Test
    void aPartnersPageCountsItsOwnPeopleOnly() {
        SignIn.as(provider, "manager@vendor.test");
        var page = analytics.partner(northwind, JUNE);

        assertThat(page.engagement().activeInRange()).isEqualTo(2);
        assertThat(page.eventsByKind()).containsExactlyInAnyOrderEntriesOf(Map.of(ActivityKind.SIGN_IN, 2L,
                ActivityKind.ITEM_VIEW, 2L, ActivityKind.DOWNLOAD, 1L, ActivityKind.SEARCH, 2L,
                ActivityKind.SEARCH_CLICK, 1L));
        assertThat(page.content()).singleElement().satisfies(c -> {
            assertThat(c.views()).isEqualTo(2);
            assertThat(c.pdfDownloads()).as("carol's PDF is Contoso's").isZero();
        });
        assertThat(page.queries()).containsExactly(new QueryUse("cheat sheet", 1, 0, 1), new QueryUse("nothing here", 1, 1, 0));
        assertThat(page.training()).isEqualTo(new TrainingSteps(0, 0, 0, 0));
        assertThat(page.activePerDay()).hasSize(5);

        var other = analytics.partner(contoso, JUNE);
        assertThat(other.engagement().activeInRange()).isEqualTo(1);
        assertThat(other.eventsByKind().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(7);
        assertThat(other.training()).isEqualTo(new TrainingSteps(1, 1, 1, 1));
    }

    @Test
    void partnersAreRefusedAndUnknownOrganizationsAreNotFound() {
        SignIn.as(provider, "alice@northwind.test");
        assertThatThrownBy(() -> analytics.engagement(JUNE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> analytics.partner(northwind, JUNE)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(provider, "editor@vendor.test");
        assertThatThrownBy(() -> analytics.content(JUNE)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(provider, "manager@vendor.test");
        assertThatThrownBy(() -> analytics.partner(new OrganizationId(987_654_321L), JUNE))
                .is(refusal("analytics.organization-not-found"));
    }

    @Test
    void aRangeMustRunForwardAndNotTooLong() {
        var clock = java.time.Clock.fixed(at("2026-06-30T12:00:00Z"), java.time.ZoneOffset.UTC);
        assertThat(AnalyticsRange.of(null, null, clock)).isEqualTo(JUNE);
        assertThatThrownBy(() -> AnalyticsRange.of(LocalDate.of(2026, 6, 2), LocalDate.of(2026, 6, 1), clock))
                .is(refusal("analytics.range-reversed"));
        assertThatThrownBy(() -> AnalyticsRange.of(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 6, 1), clock))
                .is(refusal("analytics.range-too-long"));
    }

    private void record(ActivityRecord record) {
        recorder.record(record);
    }

    private ActivityRecord view(String at, ActivityKind kind, UserId user, OrganizationId organization) {
        return ActivityRecord.content(at(at), kind, user, organization, item, itemType, itemLanguage);
    }

    private UserId user(String email) {
        return accounts.findByEmail(email).orElseThrow().id();
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
