package dev.partnerportal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.SignIn;
import dev.partnerportal.testsupport.TestClockConfiguration;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
class AuditLogTest {

    @Autowired
    AuditLog log;
    @Autowired
    AuditTrail trail;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    MutableClock clock;

    @AfterEach
    void signOut() {
        SignIn.out();
        clock.set(TestClockConfiguration.START);
    }

    @Test
    void administratorsFilterByActionActorAndTime() {
        clock.set(TestClockConfiguration.START.plus(Duration.ofDays(100)));
        trail.record(AuditAction.ROLE_CHANGED, "Zed_100%@audit.test", null, "to PARTNER_USER", "192.0.2.1");
        clock.advance(Duration.ofHours(1));
        trail.record(AuditAction.ROLE_CHANGED, "other@audit.test", null, "to PARTNER_ADMIN", "192.0.2.2");
        SignIn.as(provider, "admin@vendor.test");

        var byActor = log.search(new AuditFilter(AuditAction.ROLE_CHANGED, "zed_100%", null, null), PageRequest.of(0, 10));
        assertThat(byActor.getContent()).extracting(AuditRecord::actor).containsExactly("Zed_100%@audit.test");

        var wildcardIsLiteral = log.search(new AuditFilter(null, "%", null, null), PageRequest.of(0, 50));
        assertThat(wildcardIsLiteral.getContent()).allSatisfy(e -> assertThat(e.actor()).contains("%"));

        var lastHour = log.search(new AuditFilter(AuditAction.ROLE_CHANGED, null,
                TestClockConfiguration.START.plus(Duration.ofDays(100)).plus(Duration.ofMinutes(30)), null), PageRequest.of(0, 10));
        assertThat(lastHour.getContent()).extracting(AuditRecord::actor).containsExactly("other@audit.test");

        var newestFirst = log.search(new AuditFilter(AuditAction.ROLE_CHANGED, "@audit.test", null, null), PageRequest.of(0, 10));
        assertThat(newestFirst.getContent()).extracting(AuditRecord::actor)
                .containsExactly("other@audit.test", "Zed_100%@audit.test");
    }

    @Test
    void nobodyElseReadsTheAuditLog() {
        for (var who : new String[] {"manager@vendor.test", "alice@northwind.test"}) {
            SignIn.as(provider, who);
            assertThatThrownBy(() -> log.search(AuditFilter.ALL, PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        }
    }
}
