package dev.partnerportal.identity;

import static dev.partnerportal.testsupport.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditFixtures;
import dev.partnerportal.shared.Role;
import dev.partnerportal.testsupport.SignIn;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@SpringBootTest
class AccountServiceTest {

    @Autowired
    AccountService accounts;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    PortalUsers users;
    @Autowired
    AuditFixtures audit;

    @AfterEach
    void reset() {
        SignIn.as(provider, "bob@northwind.test");
        accounts.changePreferredLocale(null);
        SignIn.out();
    }

    @Test
    void showsTheCallersOwnProfile() {
        SignIn.as(provider, "bob@northwind.test");

        var profile = accounts.myProfile();

        assertThat(profile.email()).isEqualTo("bob@northwind.test");
        assertThat(profile.role()).isEqualTo(Role.PARTNER_USER);
        assertThat(profile.organization()).isNotNull();
        assertThat(profile.preferredLocale()).isNull();
    }

    @Test
    void savesTheLanguagePreferenceAndAuditsIt() {
        SignIn.as(provider, "bob@northwind.test");
        long auditedBefore = audit.recorded(AuditAction.PREFERENCES_CHANGED).size();

        accounts.changePreferredLocale(Locale.forLanguageTag("ar"));

        assertThat(users.findByEmail("bob@northwind.test").orElseThrow().getPreferredLocale())
                .isEqualTo(Locale.forLanguageTag("ar"));
        assertThat(audit.recorded(AuditAction.PREFERENCES_CHANGED)).hasSize((int) auditedBefore + 1);
    }

    @Test
    void refusesAnUndefinedLanguageAndKeepsThePreviousOne() {
        SignIn.as(provider, "bob@northwind.test");
        accounts.changePreferredLocale(Locale.forLanguageTag("hu"));

        assertThatThrownBy(() -> accounts.changePreferredLocale(Locale.ROOT)).is(refusal("identity.language-unusable"));
        assertThat(accounts.myProfile().preferredLocale()).isEqualTo(Locale.forLanguageTag("hu"));
    }

    @Test
    void anonymousCallersHaveNoAccount() {
        assertThatThrownBy(() -> accounts.myProfile()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
