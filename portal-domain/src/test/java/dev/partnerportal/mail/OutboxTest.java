package dev.partnerportal.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** Without an SMTP server, mail stays in the outbox, which only administrators read. */
@SpringBootTest
class OutboxTest {

    @Autowired
    Mailer mailer;
    @Autowired
    Outbox outbox;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void withoutSmtpTheMessageWaitsInTheOutboxForAdministrators() {
        transaction.executeWithoutResult(status -> mailer.queue("carol@contoso.test", "Reset your password", "Link"));

        SignIn.as(provider, "admin@vendor.test");
        var newest = outbox.list(PageRequest.of(0, 10)).getContent().getFirst();
        assertThat(newest.getRecipient()).isEqualTo("carol@contoso.test");
        assertThat(newest.getStatus()).isEqualTo(MailStatus.OUTBOX);
    }

    @Test
    void partnersAndOtherStaffCannotReadTheOutbox() {
        SignIn.as(provider, "alice@northwind.test");
        assertThatThrownBy(() -> outbox.list(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);

        SignIn.as(provider, "manager@vendor.test");
        assertThatThrownBy(() -> outbox.list(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
    }
}
