package dev.partnerportal.setup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.identity.AccountFixtures;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.partner.PartnerFixtures;
import dev.partnerportal.partner.PartnerRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class DemoDataTest {

    @Autowired
    DemoData demoData;
    @Autowired
    UserAccounts users;
    @Autowired
    PartnerRegistry organizations;
    @Autowired
    PartnerFixtures partners;
    @Autowired
    AccountFixtures accounts;

    @Test
    void seedsTheDocumentedAccountsOnceAndNeverAgain() {
        // Other tests in this context add people and organizations; the demo's own six must all be there.
        assertThat(accounts.all()).extracting(u -> u.email() + ":" + u.role()).contains(
                "admin@vendor.test:ADMIN",
                "editor@vendor.test:CONTENT_EDITOR",
                "manager@vendor.test:CHANNEL_MANAGER",
                "alice@northwind.test:PARTNER_ADMIN",
                "bob@northwind.test:PARTNER_USER",
                "carol@contoso.test:PARTNER_ADMIN");

        long people = users.count();
        long companies = partners.count();

        demoData.run(new DefaultApplicationArguments());

        assertThat(users.count()).isEqualTo(people);
        assertThat(partners.count()).isEqualTo(companies);
        assertThat(organizations.findByName("Northwind Traders")).isPresent();
    }
}
