package dev.partnerportal.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Tenancy of organization reads, on H2 and PostgreSQL: a partner sees their own organization only. */
abstract class PartnerDirectoryContract {

    @Autowired
    PartnerDirectory directory;
    @Autowired
    PartnerOrganizations organizations;
    @Autowired
    PortalAuthenticationProvider provider;

    OrganizationId northwind;
    OrganizationId contoso;

    @BeforeEach
    void findDemoOrganizations() {
        northwind = organizations.findByName("Northwind Traders").orElseThrow().id();
        contoso = organizations.findByName("Contoso Ltd").orElseThrow().id();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aPartnerReadsTheirOwnOrganization() {
        SignIn.as(provider, "alice@northwind.test");

        assertThat(directory.find(northwind)).map(OrganizationSummary::name).hasValue("Northwind Traders");
        assertThat(directory.mine().tierCode()).isEqualTo("GOLD");
    }

    @Test
    void aPartnerGetsNotFoundForAnotherOrganization() {
        SignIn.as(provider, "alice@northwind.test");
        assertThat(directory.find(contoso)).isEmpty();

        SignIn.as(provider, "carol@contoso.test");
        assertThat(directory.find(northwind)).isEmpty();
        assertThat(directory.mine().name()).isEqualTo("Contoso Ltd");
    }

    @Test
    void anUnknownIdLooksExactlyLikeAForbiddenOne() {
        SignIn.as(provider, "bob@northwind.test");

        assertThat(directory.find(OrganizationId.of(999_999))).isEqualTo(directory.find(contoso)).isEmpty();
    }

    @Test
    void partnersAndEditorsCannotListAllOrganizations() {
        SignIn.as(provider, "alice@northwind.test");
        assertThatThrownBy(() -> directory.list(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);

        SignIn.as(provider, "editor@vendor.test");
        assertThatThrownBy(() -> directory.list(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void channelManagersListEveryOrganizationSortedAsAsked() {
        SignIn.as(provider, "manager@vendor.test");

        var page = directory.list(PageRequest.of(0, 100, Sort.by(Sort.Direction.DESC, "tier.rank")));

        // Other tests in this context may have approved more partners; the demo's two keep their order.
        assertThat(page.getTotalElements()).isGreaterThanOrEqualTo(2);
        assertThat(page.getContent()).extracting(OrganizationSummary::name)
                .containsSubsequence("Northwind Traders", "Contoso Ltd");
        assertThat(directory.find(contoso)).isPresent();
    }

    @Test
    void staffHaveNoOwnOrganization() {
        SignIn.as(provider, "manager@vendor.test");

        assertThatThrownBy(() -> directory.mine()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anonymousCallersAreRefused() {
        assertThatThrownBy(() -> directory.find(northwind)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
