package dev.partnerportal.productaccess;

import static dev.partnerportal.testsupport.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditFixtures;
import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.SignIn;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Requesting, deciding and the one reminder before product access ends. */
abstract class ProductAccessContract {

    @Autowired
    ProductAccess access;
    @Autowired
    ProductAccessReminders reminders;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditFixtures audit;

    @AfterEach
    void reset() {
        SignIn.out();
        clock.set(TestClockConfiguration.START);
    }

    private static final ProductAccessForm LICENCE = new ProductAccessForm(ProductAccessKind.NFR_LICENCE, " Data Studio ",
            "Training our consultants", "dana@northwind.test");

    private int rows() {
        return jdbc.queryForObject("select count(*) from product_access_request", Integer.class);
    }

    private ProductAccessId requestAsAlice(ProductAccessForm form) {
        SignIn.as(provider, "alice@northwind.test");
        try {
            return access.request(form);
        } finally {
            SignIn.out();
        }
    }

    private int mailsTo(String recipient) {
        return jdbc.queryForObject("select count(*) from mail_message where recipient = ? and subject like '%Data Studio%'",
                Integer.class, recipient);
    }

    @Test
    void aPartnerRequestsAndSeesTheRequestWaitingAndItIsAudited() {
        long audited = audit.recorded(AuditAction.PRODUCT_ACCESS_REQUESTED).size();
        var id = requestAsAlice(LICENCE);

        SignIn.as(provider, "bob@northwind.test");
        var mine = access.mine();
        assertThat(mine).extracting(ProductAccessRequest::id).contains(id);
        var request = access.find(id).orElseThrow();
        assertThat(request.status()).isEqualTo(ProductAccessStatus.REQUESTED);
        assertThat(request.product()).isEqualTo("Data Studio");
        assertThat(request.organizationName()).isEqualTo("Northwind Traders");
        assertThat(request.expiresOn()).isNull();
        assertThat(audit.recorded(AuditAction.PRODUCT_ACCESS_REQUESTED)).hasSize((int) audited + 1);
    }

    @Test
    void anIncompleteRequestIsRefusedAndSavesNothing() {
        int before = rows();
        SignIn.as(provider, "alice@northwind.test");

        assertThatThrownBy(() -> access.request(new ProductAccessForm(ProductAccessKind.DEMO_ENVIRONMENT, " ", "Why", "Who")))
                .is(refusal("productaccess.product-required"));
        assertThatThrownBy(() -> access.request(new ProductAccessForm(ProductAccessKind.DEMO_ENVIRONMENT, "X", "", "Who")))
                .is(refusal("productaccess.purpose-required"));
        assertThatThrownBy(() -> access.request(new ProductAccessForm(ProductAccessKind.DEMO_ENVIRONMENT, "X", "Why",
                "p".repeat(ProductAccessForm.PEOPLE_MAX_LENGTH + 1)))).is(refusal("productaccess.people-required"));

        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void staffApproveWithAnExpiryOnceAndThePartnerSeesIt() {
        var id = requestAsAlice(LICENCE);
        var today = LocalDate.now(clock);
        SignIn.as(provider, "manager@vendor.test");

        assertThatThrownBy(() -> access.approve(id, today)).is(refusal("productaccess.expiry-out-of-range"));
        assertThatThrownBy(() -> access.approve(id, today.plusDays(ProductAccess.MAX_ACCESS_DAYS + 1)))
                .is(refusal("productaccess.expiry-out-of-range"));
        assertThat(access.find(id).orElseThrow().status()).isEqualTo(ProductAccessStatus.REQUESTED);
        access.approve(id, today.plusDays(30));
        assertThatThrownBy(() -> access.reject(id, "Changed our mind")).is(refusal("productaccess.already-decided"));

        SignIn.as(provider, "bob@northwind.test");
        var request = access.find(id).orElseThrow();
        assertThat(request.status()).isEqualTo(ProductAccessStatus.APPROVED);
        assertThat(request.expiresOn()).isEqualTo(today.plusDays(30));
        clock.advance(Duration.ofDays(31));
        assertThat(access.find(id).orElseThrow().status()).isEqualTo(ProductAccessStatus.EXPIRED);
    }

    @Test
    void staffRejectWithAReasonThePartnerReads() {
        var id = requestAsAlice(LICENCE);
        SignIn.as(provider, "manager@vendor.test");

        assertThatThrownBy(() -> access.reject(id, "  ")).is(refusal("productaccess.reason-required"));
        access.reject(id, "Licences for Data Studio come with the Gold tier.");

        SignIn.as(provider, "alice@northwind.test");
        var request = access.find(id).orElseThrow();
        assertThat(request.status()).isEqualTo(ProductAccessStatus.REJECTED);
        assertThat(request.rejectionReason()).isEqualTo("Licences for Data Studio come with the Gold tier.");
        assertThat(audit.recorded(AuditAction.PRODUCT_ACCESS_REJECTED).getLast().detail()).endsWith("come with the Gold tier.");
    }

    @Test
    void partnersCannotDecide() {
        var id = requestAsAlice(LICENCE);
        SignIn.as(provider, "alice@northwind.test");

        assertThatThrownBy(() -> access.approve(id, LocalDate.now(clock).plusDays(10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> access.reject(id, "no")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> access.all()).isInstanceOf(AccessDeniedException.class);
        assertThat(access.find(id).orElseThrow().status()).isEqualTo(ProductAccessStatus.REQUESTED);
    }

    @Test
    void theRequesterIsRemindedOnceAWeekBeforeTheAccessEnds() {
        var id = requestAsAlice(LICENCE);
        SignIn.as(provider, "manager@vendor.test");
        access.approve(id, LocalDate.now(clock).plusDays(20));
        SignIn.out();
        int before = mailsTo("alice@northwind.test");

        reminders.sendDue();
        assertThat(mailsTo("alice@northwind.test")).as("13 days early: not yet").isEqualTo(before);

        clock.advance(Duration.ofDays(13));
        reminders.sendDue();
        reminders.sendDue();
        clock.advance(Duration.ofDays(1));
        reminders.sendDue();

        assertThat(mailsTo("alice@northwind.test")).isEqualTo(before + 1);
        var body = jdbc.queryForObject("select body from mail_message where recipient = 'alice@northwind.test' "
                + "and subject like '%Data Studio%' order by id desc limit 1", String.class);
        assertThat(body).contains("not-for-resale licence for Data Studio ends on " + LocalDate.now(clock).plusDays(6))
                .contains("/product-access");
    }
}
