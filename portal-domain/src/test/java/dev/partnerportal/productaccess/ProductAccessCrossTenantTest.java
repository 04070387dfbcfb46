package dev.partnerportal.productaccess;

import static dev.partnerportal.testsupport.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.partner.ManagerVisibility;
import dev.partnerportal.partner.PartnerVisibility;
import dev.partnerportal.testsupport.SignIn;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Another organization's product access requests look as if they did not exist, and nothing about them changes. */
@SpringBootTest
class ProductAccessCrossTenantTest {

    @Autowired
    ProductAccess access;
    @Autowired
    PartnerVisibility visibility;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private ProductAccessId northwindsRequest() {
        SignIn.as(provider, "alice@northwind.test");
        try {
            return access.request(new ProductAccessForm(ProductAccessKind.DEMO_ENVIRONMENT, "Field Service",
                    "A customer workshop", "alice@northwind.test"));
        } finally {
            SignIn.out();
        }
    }

    private java.util.List<java.util.Map<String, Object>> snapshot() {
        return jdbc.queryForList("select id, status, expires_on, rejection_reason from product_access_request order by id");
    }

    @Test
    void aPartnerOfAnotherOrganizationNeitherSeesNorListsTheRequest() {
        var id = northwindsRequest();
        SignIn.as(provider, "carol@contoso.test");

        assertThat(access.find(id)).isEmpty();
        assertThat(access.mine()).extracting(ProductAccessRequest::id).doesNotContain(id);
        assertThat(access.mine()).extracting(r -> r.organizationName()).containsOnly("Contoso Ltd");
    }

    @Test
    void aChannelManagerLimitedToOwnPartnersCannotSeeOrDecideAnotherManagersPartnerRequest() {
        var id = northwindsRequest();
        var manager = jdbc.queryForObject("select partner_manager_id from partner_organization where name = 'Northwind Traders'", Long.class);
        SignIn.as(provider, "admin@vendor.test");
        visibility.change(ManagerVisibility.OWN);
        try {
            jdbc.update("update partner_organization set partner_manager_id = null where name = 'Northwind Traders'");
            SignIn.as(provider, "manager@vendor.test");
            var before = snapshot();

            assertThat(access.find(id)).isEmpty();
            assertThat(access.all()).extracting(ProductAccessRequest::id).doesNotContain(id);
            assertThatThrownBy(() -> access.approve(id, LocalDate.now().plusDays(10))).is(refusal("productaccess.not-found"));
            assertThatThrownBy(() -> access.reject(id, "no")).is(refusal("productaccess.not-found"));
            assertThat(snapshot()).isEqualTo(before);

            jdbc.update("update partner_organization set partner_manager_id = ? where name = 'Northwind Traders'", manager);
            assertThat(access.find(id)).as("their own partner's request").isPresent();
        } finally {
            jdbc.update("update partner_organization set partner_manager_id = ? where name = 'Northwind Traders'", manager);
            SignIn.as(provider, "admin@vendor.test");
            visibility.change(ManagerVisibility.ALL);
        }
    }
}
