package dev.partnerportal.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.notification.NotificationChannel;
import dev.partnerportal.notification.NotificationDigests;
import dev.partnerportal.notification.NotificationKind;
import dev.partnerportal.notification.Notify;
import dev.partnerportal.notification.Unsubscribes;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.TestClockConfiguration;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Digests through a real SMTP server (GreenMail; the properties of {@link MailDeliveryTest}, so one context): each
 * person gets one digest in their language when two runs overlap, with the one-click unsubscribe headers, and the
 * link in it stops the next digest.
 */
@SpringBootTest(properties = {
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=${portal.test.smtp-port}",
        "portal.mail.from=portal@vendor.test"})
class NotificationDigestMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    private static final Pattern PAGE_LINK =
            Pattern.compile("http://localhost:8080/unsubscribe/(\\d+\\.DAILY_DIGEST\\.[A-Za-z0-9_-]{43})");

    @Autowired
    Notify notify;
    @Autowired
    NotificationDigests digests;
    @Autowired
    Unsubscribes unsubscribes;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void bobAndIldikoWaitForTheirDailyDigest() {
        clock.set(TestClockConfiguration.START);
        jdbc.update("delete from notification");
        jdbc.update("delete from notification_preference");
        for (var email : List.of("bob@northwind.test", "ildiko@duna.test")) {
            var person = users.findByEmail(email).orElseThrow().id();
            jdbc.update("insert into notification_preference (user_id, kind, channel) values (?, 'NEW_CONTENT', 'DAILY_DIGEST')",
                    person.value());
            notify.person(person, NotificationKind.NEW_CONTENT, "Retail playbook", "/library/retail-playbook");
            notify.person(person, NotificationKind.NEW_CONTENT, "Banking brief", "/library/banking-brief");
        }
    }

    @AfterEach
    void clean() {
        jdbc.update("delete from notification");
        jdbc.update("delete from notification_preference");
    }

    @Test
    void overlappingRunsDeliverOneDigestEachInTheirLanguageWithAOneClickUnsubscribeThatWorks() throws Exception {
        var start = new CountDownLatch(1);
        Callable<Integer> run = () -> {
            start.await();
            return digests.send(NotificationChannel.DAILY_DIGEST);
        };
        var pool = Executors.newFixedThreadPool(2);
        try {
            var runs = new ArrayList<Future<Integer>>(List.of(pool.submit(run), pool.submit(run)));
            start.countDown();
            var sent = 0;
            for (var result : runs) {
                sent += result.get(60, TimeUnit.SECONDS);
            }
            assertThat(sent).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
        assertThat(smtp.waitForIncomingEmail(5000, 2)).isTrue();
        var received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);

        var bobs = to(received, "bob@northwind.test");
        assertThat(bobs.getSubject()).isEqualTo("Your daily Partner Portal digest: 2 new");
        assertThat(GreenMailUtil.getBody(bobs)).contains("New for your industries and products: Retail playbook");

        var ildikos = to(received, "ildiko@duna.test");
        assertThat(ildikos.getSubject()).isEqualTo("Napi összefoglaló a partnerportálról: 2 új");
        assertThat(ildikos.getHeader("Content-Language")).containsExactly("hu");
        var ildiko = users.findByEmail("ildiko@duna.test").orElseThrow().id();
        assertThat(ildikos.getHeader("List-Unsubscribe")).singleElement().asString()
                .startsWith("<http://localhost:8080/api/public/unsubscribe/" + ildiko.value() + ".DAILY_DIGEST.")
                .endsWith(">");
        assertThat(ildikos.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");

        var body = new String(ildikos.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).contains("Újdonság az Ön iparágaiban és termékeiről: Banking brief");
        var link = PAGE_LINK.matcher(body);
        assertThat(link.find()).isTrue();
        assertThat(unsubscribes.unsubscribe(link.group(1)).digest()).isEqualTo(NotificationChannel.DAILY_DIGEST);

        // Ildikó now hears of new items in the portal only: the next run mails nobody.
        notify.person(ildiko, NotificationKind.NEW_CONTENT, "Logistics brief", "/library/logistics-brief");
        assertThat(digests.send(NotificationChannel.DAILY_DIGEST)).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(2);
    }

    private static MimeMessage to(MimeMessage[] received, String recipient) {
        return Arrays.stream(received).filter(message -> {
            try {
                return message.getAllRecipients()[0].toString().equals(recipient);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
    }
}
