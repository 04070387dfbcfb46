package dev.partnerportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditFixtures;
import dev.partnerportal.audit.AuditRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class LoginAuditTest {

    @Autowired
    LoginAudit loginAudit;
    @Autowired
    AuditFixtures audit;

    @Test
    void aFailureForAnExistingAccountNamesTheAccountAndItsOrganization() {
        loginAudit.failed(" Carol@Contoso.test", "192.0.2.7");

        var entry = last(AuditAction.LOGIN_FAILED);
        assertThat(entry.actor()).isEqualTo("carol@contoso.test");
        assertThat(entry.organizationId()).isNotNull();
        assertThat(entry.remoteAddress()).isEqualTo("192.0.2.7");
    }

    @Test
    void aFailureForAnUnknownNameNeverStoresWhatWasTyped() {
        loginAudit.failed("Tr0ub4dor&3-typed-into-the-wrong-field", "192.0.2.8");

        var entry = last(AuditAction.LOGIN_FAILED);
        assertThat(entry.actor()).isNull();
        assertThat(entry.detail()).isEqualTo("unknown login name");
        assertThat(audit.all()).noneSatisfy(e -> assertThat(String.valueOf(e.actor()) + e.detail())
                .contains("Tr0ub4dor"));
    }

    private AuditRecord last(AuditAction action) {
        return audit.recorded(action).getLast();
    }
}
