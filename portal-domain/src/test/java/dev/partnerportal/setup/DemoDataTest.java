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

    @Test
    void seedsTheSevenDemoPartnersOfTheRelationshipStoryAllManagedByMona() {
        var mona = users.findByEmail("manager@vendor.test").orElseThrow().id();
        var names = java.util.List.of("Northwind Traders", "Contoso Ltd", "Fabrikam Inc", "Tailspin Toys",
                "Adventure Works", "Wide World Importers", "Litware Inc");

        assertThat(names).extracting(name -> organizations.findByName(name).map(o -> o.type() + ":" + o.region())
                .orElse("missing")).containsExactly("RESELLER:EMEA", "AGENCY:North America", "TECHNOLOGY:North America",
                "RESELLER:APAC", "RESELLER:EMEA", "REFERRAL:Latin America", "AGENCY:EMEA");
        // Northwind's tier is Gold by the demo override; the five new partners keep the tier they were admitted in.
        assertThat(names.subList(2, 7)).extracting(name -> organizations.findByName(name).orElseThrow().tierCode())
                .containsExactly("SILVER", "SILVER", "GOLD", "REGISTERED", "SILVER");
        assertThat(names).allSatisfy(name -> assertThat(organizations.partnerManager(
                organizations.findByName(name).orElseThrow().organizationId())).contains(mona));
    }
}
