package dev.partnerportal.setup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.identity.PortalUsers;
import dev.partnerportal.partner.PartnerOrganizations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class DemoDataTest {

    @Autowired
    DemoData demoData;
    @Autowired
    PortalUsers users;
    @Autowired
    PartnerOrganizations organizations;

    @Test
    void seedsTheDocumentedAccountsOnceAndNeverAgain() {
        // Other tests in this context add people and organizations; the demo's own six must all be there.
        assertThat(users.findAll()).extracting(u -> u.getEmail() + ":" + u.getRole()).contains(
                "admin@vendor.test:ADMIN",
                "editor@vendor.test:CONTENT_EDITOR",
                "manager@vendor.test:CHANNEL_MANAGER",
                "alice@northwind.test:PARTNER_ADMIN",
                "bob@northwind.test:PARTNER_USER",
                "carol@contoso.test:PARTNER_ADMIN");

        long people = users.count();
        long companies = organizations.count();

        demoData.run(new DefaultApplicationArguments());

        assertThat(users.count()).isEqualTo(people);
        assertThat(organizations.count()).isEqualTo(companies);
        assertThat(organizations.findByName("Northwind Traders")).isPresent();
    }
}
