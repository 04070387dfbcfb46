package dev.partnerportal.staff;

import static dev.partnerportal.testsupport.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.onboarding.OnboardingJourneys;
import dev.partnerportal.onboarding.PartnerDesk;
import dev.partnerportal.partner.ManagerVisibility;
import dev.partnerportal.partner.OrganizationSummary;
import dev.partnerportal.partner.PartnerDirectory;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.partner.PartnerType;
import dev.partnerportal.partner.PartnerVisibility;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.Role;
import dev.partnerportal.testsupport.SignIn;
import dev.partnerportal.tier.Tiers;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Partner managers are assigned with a reason; the visibility setting limits channel managers to their own
 * partners in every service that reads organizations. On H2 and PostgreSQL.
 */
abstract class PartnerManagersContract {

    @Autowired
    PartnerManagers managers;
    @Autowired
    PartnerVisibility visibility;
    @Autowired
    PartnerDirectory directory;
    @Autowired
    PartnerDesk desk;
    @Autowired
    dev.partnerportal.relationship.Conversations conversations;
    @Autowired
    OnboardingJourneys journeys;
    @Autowired
    Tiers tiers;
    @Autowired
    PartnerRegistry organizations;
    @Autowired
    UserAccounts users;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    JdbcTemplate jdbc;

    /** An organization nobody manages yet, so that the demo's assignments stay as they are. */
    OrganizationId unmanaged;

    @BeforeEach
    void createUnmanagedOrganization() {
        unmanaged = organizations.admit("Unmanaged " + UUID.randomUUID().toString().substring(0, 8),
                PartnerType.AGENCY, "EMEA", "REGISTERED", Instant.parse("2026-11-01T09:00:00Z")).organizationId();
    }

    @AfterEach
    void restoreDefaults() {
        SignIn.out();
        jdbc.update("delete from portal_setting");
    }

    @Test
    void anAdministratorAssignsAndReassignsWithAReasonInTheAuditLog() {
        var first = StaffAccounts.create(jdbc, Role.CHANNEL_MANAGER);
        var second = StaffAccounts.create(jdbc, Role.CHANNEL_MANAGER);
        SignIn.as(provider, "admin@vendor.test");

        assertThat(managers.assign(unmanaged, first.id(), "Covers EMEA agencies")).map(StaffMember::email).hasValue(first.email());
        assertThat(managers.assign(unmanaged, second.id(), "  First manager moved to APAC ")).map(StaffMember::email)
                .hasValue(second.email());

        assertThat(organizations.partnerManager(unmanaged)).hasValue(second.id());
        assertThat(managers.of(unmanaged)).map(StaffMember::email).hasValue(second.email());
        assertThat(StaffAccounts.audited(jdbc, "PARTNER_MANAGER_ASSIGNED", ": nobody to " + first.email() + ". Reason: Covers EMEA agencies"))
                .isEqualTo(1);
        assertThat(StaffAccounts.audited(jdbc, "PARTNER_MANAGER_ASSIGNED",
                first.email() + " to " + second.email() + ". Reason: First manager moved to APAC")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select organization_id from audit_entry where action = 'PARTNER_MANAGER_ASSIGNED' "
                + "and detail like ?", Long.class, "%" + second.email() + "%")).isEqualTo(unmanaged.value());
    }

    @Test
    void aReasonAndAnActiveChannelManagerOrAdministratorAreRequired() {
        var manager = StaffAccounts.create(jdbc, Role.CHANNEL_MANAGER);
        var editor = StaffAccounts.create(jdbc, Role.CONTENT_EDITOR);
        var alice = users.findByEmail("alice@northwind.test").orElseThrow().id();
        SignIn.as(provider, "admin@vendor.test");

        assertThatThrownBy(() -> managers.assign(unmanaged, manager.id(), "  ")).is(refusal("staff.reason-required"));
        assertThatThrownBy(() -> managers.assign(unmanaged, manager.id(), "x".repeat(PartnerManagers.REASON_MAX_LENGTH + 1)))
                .is(refusal("staff.reason-required"));
        assertThatThrownBy(() -> managers.assign(unmanaged, editor.id(), "An editor")).is(refusal("staff.manager-not-eligible"));
        assertThatThrownBy(() -> managers.assign(unmanaged, alice, "A partner")).is(refusal("staff.manager-not-eligible"));
        jdbc.update("update portal_user set enabled = false where id = ?", manager.id().value());
        assertThatThrownBy(() -> managers.assign(unmanaged, manager.id(), "Inactive")).is(refusal("staff.manager-not-eligible"));
        assertThat(managers.assign(OrganizationId.of(999_999), users.findByEmail("admin@vendor.test").orElseThrow().id(), "Unknown"))
                .isEmpty();

        assertThat(organizations.partnerManager(unmanaged)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'PARTNER_MANAGER_ASSIGNED' "
                + "and organization_id = ?", Long.class, unmanaged.value())).isZero();
        assertThat(managers.candidates()).extracting(StaffMember::email)
                .contains("admin@vendor.test", "manager@vendor.test")
                .doesNotContain("editor@vendor.test", editor.email(), manager.email(), "alice@northwind.test");
    }

    @Test
    void onlyAdministratorsAssignManagersOrChangeTheVisibility() {
        var admin = users.findByEmail("admin@vendor.test").orElseThrow().id();
        for (var who : List.of("alice@northwind.test", "bob@northwind.test", "editor@vendor.test", "manager@vendor.test")) {
            SignIn.as(provider, who);
            assertThatThrownBy(() -> managers.assign(unmanaged, admin, "Mine now")).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> managers.candidates()).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> visibility.change(ManagerVisibility.OWN)).as(who).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(organizations.partnerManager(unmanaged)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from portal_setting", Long.class)).isZero();
    }

    @Test
    void withVisibilityAllAChannelManagerSeesEveryPartner() {
        SignIn.as(provider, "manager@vendor.test");

        assertThat(visibility.current()).isEqualTo(ManagerVisibility.ALL);
        assertThat(listedNames()).contains("Northwind Traders", "Contoso Ltd", name(unmanaged));
        assertThat(directory.find(unmanaged)).isPresent();
        assertThat(desk.partner(unmanaged)).isPresent();
        assertThat(journeys.of(unmanaged)).isPresent();
        assertThat(tiers.standing(unmanaged)).isPresent();
        assertThat(tiers.history(unmanaged)).isPresent();
    }

    @Test
    void withVisibilityOwnAChannelManagerSeesOnlyTheirOwnPartnersEverywhere() {
        var outsider = StaffAccounts.create(jdbc, Role.CHANNEL_MANAGER);
        SignIn.as(provider, "admin@vendor.test");
        // Other tests sharing this database may have switched it before: the change adds exactly one entry.
        long switchedBefore = StaffAccounts.audited(jdbc, "PARTNER_VISIBILITY_CHANGED", "ALL to OWN");
        visibility.change(ManagerVisibility.OWN);
        assertThat(StaffAccounts.audited(jdbc, "PARTNER_VISIBILITY_CHANGED", "ALL to OWN")).isEqualTo(switchedBefore + 1);
        // Administrators are never limited.
        assertThat(listedNames()).contains(name(unmanaged));

        SignIn.as(provider, "manager@vendor.test");
        assertThat(visibility.current()).isEqualTo(ManagerVisibility.OWN);
        var own = organizations.managedBy(users.findByEmail("manager@vendor.test").orElseThrow().id());
        var listed = directory.list(PageRequest.of(0, 1000));
        assertThat(listed.getTotalElements()).isEqualTo(own.size());
        assertThat(listed.getContent()).extracting(OrganizationSummary::name)
                .containsExactlyInAnyOrderElementsOf(own.stream().map(OrganizationSummary::name).toList())
                .contains("Northwind Traders", "Contoso Ltd");
        assertThat(directory.find(unmanaged)).isEmpty();
        assertThat(desk.partner(unmanaged)).isEmpty();
        assertThat(conversations.touchpoints(unmanaged)).isEmpty();
        assertThat(journeys.of(unmanaged)).isEmpty();
        assertThat(tiers.standing(unmanaged)).isEmpty();
        assertThat(tiers.history(unmanaged)).isEmpty();
        assertThat(managers.of(unmanaged)).isEmpty();
        assertThatThrownBy(() -> tiers.override(unmanaged, "GOLD", "Mine", java.time.LocalDate.of(2027, 1, 1)))
                .is(refusal("tier.organization-not-found"));
        assertThatThrownBy(() -> conversations.log(unmanaged, new dev.partnerportal.relationship.TouchpointForm(
                dev.partnerportal.relationship.TouchpointKind.CALL, java.time.LocalDate.of(2026, 11, 1), java.util.Set.of(),
                null, "Hello", java.util.Set.of(), java.util.Set.of(), java.util.List.of())))
                .is(refusal("relationship.organization-not-found"));
        assertThat(jdbc.queryForObject("select count(*) from touchpoint where organization_id = ?", Long.class,
                unmanaged.value())).isZero();

        SignIn.as(provider, outsider.email());
        assertThat(directory.list(PageRequest.of(0, 100)).getTotalElements()).isZero();
        assertThat(directory.find(organizations.findByName("Northwind Traders").orElseThrow().organizationId())).isEmpty();

        // Assigning the organization to the manager shows it to them at once.
        SignIn.as(provider, "admin@vendor.test");
        managers.assign(unmanaged, outsider.id(), "New territory");
        SignIn.as(provider, outsider.email());
        assertThat(listedNames()).containsExactly(name(unmanaged));
        assertThat(journeys.of(unmanaged)).isPresent();
    }

    private List<String> listedNames() {
        return directory.list(PageRequest.of(0, 1000)).getContent().stream().map(OrganizationSummary::name).toList();
    }

    private String name(OrganizationId id) {
        return organizations.find(id).orElseThrow().name();
    }
}
