package dev.partnerportal.identity;

import static dev.partnerportal.testsupport.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.Role;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Which changes to an account end its sessions and tokens: exactly those that raise the security version. */
class PortalUserTest {

    private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");

    @Test
    void aRoleChangeDeactivationReactivationAndNewPasswordEachRaiseTheSecurityVersionOnce() {
        var user = PortalUser.staff("eddie@vendor.test", "Eddie", Role.CONTENT_EDITOR, "$argon2id$old", NOW);
        assertThat(user.getSecurityVersion()).isZero();

        user.changeRole(Role.CHANNEL_MANAGER);
        assertThat(user.getSecurityVersion()).isEqualTo(1);
        user.deactivate();
        assertThat(user.getSecurityVersion()).isEqualTo(2);
        user.reactivate();
        assertThat(user.getSecurityVersion()).isEqualTo(3);
        user.setPasswordHash("$argon2id$new");
        assertThat(user.getSecurityVersion()).isEqualTo(4);
        user.endSessions();
        assertThat(user.getSecurityVersion()).isEqualTo(5);
    }

    @Test
    void keepingTheSameRoleOrChangingTheLanguageLeavesSessionsAlone() {
        var user = PortalUser.partner("bob@x.test", "Bob", Role.PARTNER_USER, new OrganizationId(7L), "$argon2id$h", NOW);

        user.changeRole(Role.PARTNER_USER);
        user.changePreferredLocale(java.util.Locale.forLanguageTag("ar"));

        assertThat(user.getSecurityVersion()).isZero();
    }

    @Test
    void aRoleChangeKeepsStaffStaffAndPartnersPartners() {
        var staff = PortalUser.staff("ada@vendor.test", "Ada", Role.ADMIN, "$argon2id$h", NOW);
        var partner = PortalUser.partner("bob@x.test", "Bob", Role.PARTNER_USER, new OrganizationId(7L), "$argon2id$h", NOW);

        assertThatThrownBy(() -> staff.changeRole(Role.PARTNER_ADMIN)).is(refusal("identity.staff-role-required"));
        assertThatThrownBy(() -> partner.changeRole(Role.ADMIN)).is(refusal("identity.partner-role-required"));
        assertThat(staff.getRole()).isEqualTo(Role.ADMIN);
        assertThat(staff.getSecurityVersion()).isZero();
    }

    @Test
    void anInvitedAccountCannotBeReactivatedBeforeItHasAPassword() {
        var invited = PortalUser.invited("new@x.test", "New", Role.PARTNER_USER, new OrganizationId(7L), NOW);

        assertThatThrownBy(invited::reactivate).is(refusal("identity.invitation-pending"));
        assertThat(invited.isEnabled()).isFalse();
    }
}
