package dev.partnerportal.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/** Mail through a real SMTP server (GreenMail): delivered after commit, never for a rolled-back change. */
@SpringBootTest(properties = {
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=3025",
        "portal.mail.from=portal@vendor.test"})
class MailDeliveryTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    Mailer mailer;
    @Autowired
    MailMessages messages;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void aQueuedMessageIsDeliveredAfterCommit() throws Exception {
        long id = transaction.execute(status -> mailer.queue("Alice@Northwind.test", "Your invitation", "Open https://x.test/i/abc"));

        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        var received = smtp.getReceivedMessages()[0];
        assertThat(GreenMailUtil.getAddressList(received.getAllRecipients())).isEqualTo("alice@northwind.test");
        assertThat(received.getSubject()).isEqualTo("Your invitation");
        assertThat(GreenMailUtil.getBody(received)).contains("https://x.test/i/abc");
        var stored = messages.findById(id).orElseThrow();
        assertThat(stored.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(stored.getSentAt()).isNotNull();
    }

    @Test
    void aRolledBackChangeSendsNothing() {
        long before = messages.count();

        transaction.executeWithoutResult(status -> {
            mailer.queue("bob@northwind.test", "Never", "This change is rolled back.");
            status.setRollbackOnly();
        });

        assertThat(smtp.waitForIncomingEmail(500, 1)).isFalse();
        assertThat(messages.count()).isEqualTo(before);
    }

    @Test
    void refusesAHeaderInjectionInTheSubjectAndABadAddress() {
        long before = messages.count();

        assertThatThrownBy(() -> mailer.queue("bob@northwind.test", "Hi\r\nBcc: all@x.test", "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> mailer.queue("not an address", "Hi", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThat(messages.count()).isEqualTo(before);
    }
}
