package dev.partnerportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditEntries;
import dev.partnerportal.audit.AuditEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class LoginAuditTest {

    @Autowired
    LoginAudit loginAudit;
    @Autowired
    AuditEntries audit;

    @Test
    void aFailureForAnExistingAccountNamesTheAccountAndItsOrganization() {
        loginAudit.failed(" Carol@Contoso.test", "192.0.2.7");

        var entry = last(AuditAction.LOGIN_FAILED);
        assertThat(entry.getActor()).isEqualTo("carol@contoso.test");
        assertThat(entry.getOrganizationId()).isNotNull();
        assertThat(entry.getRemoteAddress()).isEqualTo("192.0.2.7");
    }

    @Test
    void aFailureForAnUnknownNameNeverStoresWhatWasTyped() {
        loginAudit.failed("Tr0ub4dor&3-typed-into-the-wrong-field", "192.0.2.8");

        var entry = last(AuditAction.LOGIN_FAILED);
        assertThat(entry.getActor()).isNull();
        assertThat(entry.getDetail()).isEqualTo("unknown login name");
        assertThat(audit.findAll()).noneSatisfy(e -> assertThat(String.valueOf(e.getActor()) + e.getDetail())
                .contains("Tr0ub4dor"));
    }

    private AuditEntry last(AuditAction action) {
        return audit.findByActionOrderByIdAsc(action.name()).getLast();
    }
}
