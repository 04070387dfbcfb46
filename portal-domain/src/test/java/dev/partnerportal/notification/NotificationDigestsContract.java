package dev.partnerportal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.mail.MailFixtures;
import dev.partnerportal.shared.UserId;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Digest runs on H2 and PostgreSQL: two runs that overlap mail each waiting notification once, in one digest per
 * person, and a later run finds nothing left.
 */
abstract class NotificationDigestsContract {

    @Autowired
    Notify notify;
    @Autowired
    NotificationDigests digests;
    @Autowired
    UserAccounts users;
    @Autowired
    MailFixtures mail;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    UserId bob;
    UserId carol;

    @BeforeEach
    void threeWaitingForBobAndTwoForCarol() {
        clock.set(TestClockConfiguration.START);
        jdbc.update("delete from notification");
        jdbc.update("delete from notification_preference");
        bob = users.findByEmail("bob@northwind.test").orElseThrow().id();
        carol = users.findByEmail("carol@contoso.test").orElseThrow().id();
        for (var person : new UserId[] {bob, carol}) {
            jdbc.update("insert into notification_preference (user_id, kind, channel) values (?, 'NEW_CONTENT', 'DAILY_DIGEST')",
                    person.value());
        }
        notify.person(bob, NotificationKind.NEW_CONTENT, "Retail playbook", "/library/retail-playbook");
        notify.person(bob, NotificationKind.NEW_CONTENT, "Banking brief", "/library/banking-brief");
        notify.person(bob, NotificationKind.NEW_CONTENT, "Logistics brief", "/library/logistics-brief");
        notify.person(carol, NotificationKind.NEW_CONTENT, "Retail playbook", "/library/retail-playbook");
        notify.person(carol, NotificationKind.NEW_CONTENT, "Banking brief", "/library/banking-brief");
    }

    @AfterEach
    void clean() {
        jdbc.update("delete from notification");
        jdbc.update("delete from notification_preference");
    }

    @RepeatedTest(3)
    void twoOverlappingRunsMailEachPersonOneDigestAndALaterRunNothing() throws Exception {
        var bobBefore = digestsTo("bob@northwind.test");
        var carolBefore = digestsTo("carol@contoso.test");
        var start = new CountDownLatch(1);
        Callable<Integer> run = () -> {
            start.await();
            return digests.send(NotificationChannel.DAILY_DIGEST);
        };
        var pool = Executors.newFixedThreadPool(2);
        try {
            var runs = new ArrayList<Future<Integer>>();
            runs.add(pool.submit(run));
            runs.add(pool.submit(run));
            start.countDown();
            var sent = 0;
            for (var result : runs) {
                sent += result.get(60, TimeUnit.SECONDS);
            }
            assertThat(sent).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }

        assertThat(digestsTo("bob@northwind.test")).isEqualTo(bobBefore + 1);
        assertThat(digestsTo("carol@contoso.test")).isEqualTo(carolBefore + 1);
        var bobs = mail.to("bob@northwind.test").getLast();
        assertThat(bobs.subject()).isEqualTo("Your daily Partner Portal digest: 3 new");
        assertThat(bobs.body()).contains("- New for your industries and products: Retail playbook\n  http://localhost:8080/library/retail-playbook")
                .contains("Banking brief").contains("Logistics brief");
        assertThat(jdbc.queryForObject("select count(*) from notification where digested_at is null", Long.class)).isZero();

        assertThat(digests.send(NotificationChannel.DAILY_DIGEST)).isZero();
        assertThat(digests.send(NotificationChannel.WEEKLY_DIGEST)).isZero();
        assertThat(digestsTo("bob@northwind.test")).isEqualTo(bobBefore + 1);
    }

    private long digestsTo(String recipient) {
        return mail.to(recipient).stream().filter(m -> m.subject().contains("digest")).count();
    }
}
