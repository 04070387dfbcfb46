package dev.partnerportal.plan;

import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.partner.PartnerType;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.Role;
import dev.partnerportal.testsupport.SignIn;
import java.time.Instant;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Fresh partner organizations with a partner administrator and a partner user, managed by Mona Manager. */
final class PlanFixtures {

    record Partner(OrganizationId organization, String admin, String user) {
    }

    private static String hash;

    private PlanFixtures() {
    }

    static Partner partner(PartnerRegistry organizations, UserAccounts users, PasswordEncoder encoder, Instant now) {
        if (hash == null) {
            hash = encoder.encode(SignIn.DEMO_PASSWORD);
        }
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var organization = organizations.admit("Plan Test " + suffix, PartnerType.RESELLER, "EMEA", "REGISTERED", now)
                .organizationId();
        organizations.assignPartnerManager(organization, users.findByEmail("manager@vendor.test").orElseThrow().id());
        var admin = "admin-" + suffix + "@plan.test";
        var user = "user-" + suffix + "@plan.test";
        users.openPartnerAccount(admin, "Admin " + suffix, Role.PARTNER_ADMIN, organization, hash, now);
        users.openPartnerAccount(user, "User " + suffix, Role.PARTNER_USER, organization, hash, now);
        return new Partner(organization, admin, user);
    }

    /** A second channel manager, who is nobody's partner manager. */
    static String otherManager(UserAccounts users, PasswordEncoder encoder, Instant now) {
        var email = "cm-" + UUID.randomUUID().toString().substring(0, 8) + "@plan.test";
        users.openStaffAccount(email, "Other Manager", Role.CHANNEL_MANAGER, hash == null ? encoder.encode(SignIn.DEMO_PASSWORD) : hash, now);
        return email;
    }
}
