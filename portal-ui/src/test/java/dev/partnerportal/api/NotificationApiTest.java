package dev.partnerportal.api;

import static dev.partnerportal.support.PortalWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.mail.MailFixtures;
import dev.partnerportal.notification.NotificationKind;
import dev.partnerportal.notification.Notify;
import dev.partnerportal.support.ApiClient;
import dev.partnerportal.support.PortalWebTest;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Notifications over real HTTP: a person lists and marks their own, another person's id answers 404 and changes
 * nothing, preferences round-trip, a staff kind is refused for a partner, and one-click unsubscribe works
 * without a login.
 */
@PortalWebTest
class NotificationApiTest {

    private static final Pattern ONE_CLICK = Pattern.compile("/unsubscribe/(\\d+\\.[A-Z_]+\\.[A-Za-z0-9_-]{43})");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    Notify notify;
    @Autowired
    UserAccounts users;
    @Autowired
    MailFixtures mail;

    ApiClient api;

    @BeforeEach
    void setUp() {
        jdbc.update("delete from throttle_entry where kind = 'SIGN_IN'");
        jdbc.update("delete from notification");
        jdbc.update("delete from notification_preference");
        api = new ApiClient(port);
        clock.set(TestClockConfiguration.START);
    }

    @AfterEach
    void clean() {
        jdbc.update("delete from notification");
        jdbc.update("delete from notification_preference");
    }

    @Test
    void aPersonListsAndMarksTheirOwnAndAnotherPersonsIdAnswers404() {
        var bob = users.findByEmail("bob@northwind.test").orElseThrow().id();
        notify.person(bob, NotificationKind.ESCALATION_UPDATE, "Checkout fails", "/escalations");
        long id = jdbc.queryForObject("select id from notification where recipient_id = ?", Long.class, bob.value());
        var bobsToken = api.tokenFor("bob@northwind.test", DEMO_PASSWORD);

        var list = api.read(api.get("/api/notifications", bobsToken).body());
        assertThat(list.get("unread").asLong()).isEqualTo(1);
        assertThat(list.get("notifications").get(0).get("subject").asString()).isEqualTo("Checkout fails");
        assertThat(list.get("notifications").get(0).get("link").asString()).isEqualTo("/escalations");

        for (var other : new String[] {"alice@northwind.test", "carol@contoso.test"}) {
            var token = api.tokenFor(other, DEMO_PASSWORD);
            var refused = send("POST", "/api/notifications/" + id + "/read", token, null);
            assertThat(refused.statusCode()).isEqualTo(404);
            assertThat(api.read(refused.body()).get("code").asString()).isEqualTo("notification.not-found");
            assertThat(api.read(api.get("/api/notifications", token).body()).get("notifications").size()).isZero();
        }
        assertThat(jdbc.queryForObject("select count(*) from notification where read_at is not null", Long.class)).isZero();

        var read = send("POST", "/api/notifications/" + id + "/read", bobsToken, null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(api.read(read.body()).get("readAt").isNull()).isFalse();
        assertThat(api.read(api.get("/api/notifications", bobsToken).body()).get("unread").asLong()).isZero();
        assertThat(send("POST", "/api/notifications/999999999/read", bobsToken, null).statusCode()).isEqualTo(404);
    }

    @Test
    void preferencesRoundTripAndAStaffKindIsRefusedForAPartnerChangingNothing() {
        var carol = api.tokenFor("carol@contoso.test", DEMO_PASSWORD);
        var initial = api.read(api.get("/api/me/notification-preferences", carol).body());
        assertThat(initial.size()).isEqualTo(6);

        var changed = send("PUT", "/api/me/notification-preferences", carol,
                "{\"preferences\":[{\"kind\":\"NEW_CONTENT\",\"channel\":\"OFF\"}]}");
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(api.read(changed.body()).get(0).get("channel").asString()).isEqualTo("OFF");
        assertThat(api.read(changed.body()).get(0).get("chosen").asBoolean()).isTrue();

        var refused = send("PUT", "/api/me/notification-preferences", carol,
                "{\"preferences\":[{\"kind\":\"SURVEY_INVITATION\",\"channel\":\"OFF\"},"
                        + "{\"kind\":\"NEW_APPLICATION\",\"channel\":\"MAIL_NOW\"}]}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(api.read(refused.body()).get("code").asString()).isEqualTo("notification.kind-not-offered");
        assertThat(send("PUT", "/api/me/notification-preferences", carol,
                "{\"preferences\":[{\"kind\":\"NEW_CONTENT\",\"channel\":\"LOUDLY\"}]}").statusCode()).isEqualTo(400);
        assertThat(jdbc.queryForObject("select count(*) from notification_preference", Long.class)).isEqualTo(1);

        var admin = api.tokenFor("admin@vendor.test", DEMO_PASSWORD);
        assertThat(api.read(api.get("/api/me/notification-preferences", admin).body()).size()).isEqualTo(9);
        assertThat(api.get("/api/notifications", null).status()).isEqualTo(401);
    }

    @Test
    void oneClickUnsubscribeWorksWithoutALoginAndAForgedLinkIsRefused() {
        var bob = users.findByEmail("bob@northwind.test").orElseThrow().id();
        jdbc.update("insert into notification_preference (user_id, kind, channel) values (?, 'SURVEY_INVITATION', 'MAIL_NOW')",
                bob.value());
        notify.person(bob, NotificationKind.SURVEY_INVITATION, "Partner survey", "/surveys");
        var body = mail.to("bob@northwind.test").getLast().body();
        var matcher = ONE_CLICK.matcher(body);
        assertThat(matcher.find()).isTrue();
        var token = matcher.group(1);

        var forged = send("POST", "/api/public/unsubscribe/" + token.substring(0, token.length() - 1)
                + (token.endsWith("A") ? "B" : "A"), null, "List-Unsubscribe=One-Click");
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(api.read(forged.body()).get("code").asString()).isEqualTo("notification.unsubscribe-link-invalid");

        var done = send("POST", "/api/public/unsubscribe/" + token, null, "List-Unsubscribe=One-Click");
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(api.read(done.body()).get("kind").asString()).isEqualTo("SURVEY_INVITATION");
        assertThat(jdbc.queryForObject("select channel from notification_preference where user_id = ? and kind = 'SURVEY_INVITATION'",
                String.class, bob.value())).isEqualTo("IN_APP");
    }

    private HttpResponse<String> send(String method, String path, @Nullable String bearer, @Nullable String body) {
        try {
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            if (bearer != null) {
                request.header("Authorization", "Bearer " + bearer);
            }
            if (body != null) {
                request.header("Content-Type", body.startsWith("{") ? "application/json" : "application/x-www-form-urlencoded");
            }
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
