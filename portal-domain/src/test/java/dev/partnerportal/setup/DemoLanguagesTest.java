package dev.partnerportal.setup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.partner.PartnerFixtures;
import dev.partnerportal.partner.PartnerRegistry;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class DemoLanguagesTest {

    @Autowired
    DemoLanguages demoLanguages;
    @Autowired
    UserAccounts users;
    @Autowired
    PartnerRegistry organizations;
    @Autowired
    PartnerFixtures partners;

    @Test
    void fourPartnersSpeakTheirLanguageUnderTheirNameInTheirScript() {
        assertThat(DemoLanguages.PARTNERS).extracting(partner -> {
            var person = users.findByEmail(partner.email()).orElseThrow();
            var organization = organizations.find(java.util.Objects.requireNonNull(person.organization())).orElseThrow();
            return organization.name() + "|" + organization.region() + "|" + organization.tierCode() + "|"
                    + person.displayName() + "|" + person.role() + "|" + person.preferredLocale();
        }).containsExactly(
                "Duna Informatika Kft.|EMEA|GOLD|Szűcs Ildikó|PARTNER_ADMIN|hu",
                "한빛솔루션|APAC|GOLD|김민준|PARTNER_ADMIN|ko",
                "Công ty Sông Hồng|APAC|GOLD|Nguyễn Thị Hương|PARTNER_ADMIN|vi",
                "النيل للحلول الرقمية|EMEA|GOLD|ليلى حسن|PARTNER_ADMIN|ar");
        assertThat(users.findByEmail("minjun@hanbit.test").orElseThrow().preferredLocale())
                .isEqualTo(Locale.forLanguageTag("ko"));
    }

    @Test
    void runningAgainAddsNobody() {
        long people = users.count();
        long companies = partners.count();

        demoLanguages.run(new DefaultApplicationArguments());

        assertThat(users.count()).isEqualTo(people);
        assertThat(partners.count()).isEqualTo(companies);
    }
}
