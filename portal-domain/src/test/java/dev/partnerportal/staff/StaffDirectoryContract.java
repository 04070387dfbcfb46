package dev.partnerportal.staff;

import static dev.partnerportal.testsupport.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.identity.DuplicateAccountException;
import dev.partnerportal.identity.Invitations;
import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.UserId;
import dev.partnerportal.testsupport.SignIn;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Administrators manage the vendor's staff, never below one active administrator; on H2 and PostgreSQL. */
abstract class StaffDirectoryContract {

    private static final Pattern LINK = Pattern.compile("/invitation/([A-Za-z0-9_-]+)");

    @Autowired
    StaffDirectory staff;
    @Autowired
    Invitations invitations;
    @Autowired
    UserAccounts users;
    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void anAdministratorInvitesAChannelManagerWhoActivatesThroughTheLink() {
        SignIn.as(provider, "admin@vendor.test");
        var email = "new-manager-" + UUID.randomUUID().toString().substring(0, 6) + "@vendor.test";

        var invited = staff.invite(email, "New Manager", Role.CHANNEL_MANAGER);

        assertThat(invited.status()).isEqualTo(StaffMember.Status.INVITED);
        assertThat(invited.role()).isEqualTo(Role.CHANNEL_MANAGER);
        assertThat(StaffAccounts.audited(jdbc, "USER_INVITED", email + " as CHANNEL_MANAGER")).isEqualTo(1);
        var body = jdbc.queryForObject("select body from mail_message where recipient = ?", String.class, email);
        assertThat(body).contains("as channel manager");
        var matcher = LINK.matcher(body);
        assertThat(matcher.find()).isTrue();
        var token = matcher.group(1);

        SignIn.out();
        var details = invitations.describe(token).orElseThrow();
        assertThat(details.organizationName()).isNull();
        assertThat(details.role()).isEqualTo(Role.CHANNEL_MANAGER);
        invitations.accept(token, "a long enough passphrase");

        SignIn.as(provider, "admin@vendor.test");
        assertThat(staff.find(invited.id())).map(StaffMember::status).hasValue(StaffMember.Status.ACTIVE);
        assertThatThrownBy(() -> staff.invite(email, "Twice", Role.CONTENT_EDITOR)).isInstanceOf(DuplicateAccountException.class).is(refusal("identity.duplicate-account"));
        assertThatThrownBy(() -> staff.invite("alice@northwind.test", "Alice", Role.ADMIN))
                .isInstanceOf(DuplicateAccountException.class);
        assertThatThrownBy(() -> staff.invite("x-" + email, "X", Role.PARTNER_ADMIN)).is(refusal("identity.staff-role-required"));
        assertThat(users.findByEmail("x-" + email)).isEmpty();
    }

    @Test
    void theListHoldsStaffOnlyPageByPage() {
        SignIn.as(provider, "admin@vendor.test");

        var all = staff.list(PageRequest.of(0, 1000, Sort.by("email")));
        var firstTwo = staff.list(PageRequest.of(0, 2, Sort.by("email")));

        assertThat(all.getContent()).extracting(StaffMember::email)
                .contains("admin@vendor.test", "editor@vendor.test", "manager@vendor.test")
                .doesNotContain("alice@northwind.test", "bob@northwind.test", "carol@contoso.test");
        assertThat(all.getTotalElements()).isEqualTo(jdbc.queryForObject(
                "select count(*) from portal_user where organization_id is null", Long.class));
        assertThat(firstTwo.getContent()).hasSize(2);
        assertThat(firstTwo.getTotalElements()).isEqualTo(all.getTotalElements());
    }

    @Test
    void rolesAndStatusChangeWithOneAuditEntryEach() {
        var editor = StaffAccounts.create(jdbc, Role.CONTENT_EDITOR);
        SignIn.as(provider, "admin@vendor.test");

        var promoted = staff.change(editor.id(), Role.CHANNEL_MANAGER, null).orElseThrow();
        var deactivated = staff.change(editor.id(), null, false).orElseThrow();
        var reactivated = staff.change(editor.id(), null, true).orElseThrow();
        var unchanged = staff.change(editor.id(), Role.CHANNEL_MANAGER, true).orElseThrow();

        assertThat(promoted.role()).isEqualTo(Role.CHANNEL_MANAGER);
        assertThat(deactivated.status()).isEqualTo(StaffMember.Status.DEACTIVATED);
        assertThat(reactivated.status()).isEqualTo(StaffMember.Status.ACTIVE);
        assertThat(unchanged).isEqualTo(reactivated);
        assertThat(users.find(editor.id()).orElseThrow().role()).isEqualTo(Role.CHANNEL_MANAGER);
        assertThat(StaffAccounts.audited(jdbc, "ROLE_CHANGED", editor.email() + " from CONTENT_EDITOR to CHANNEL_MANAGER")).isEqualTo(1);
        assertThat(StaffAccounts.audited(jdbc, "USER_DEACTIVATED", editor.email())).isEqualTo(1);
        assertThat(StaffAccounts.audited(jdbc, "USER_REACTIVATED", editor.email())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select actor from audit_entry where action = 'USER_REACTIVATED' and detail = ?",
                String.class, editor.email())).isEqualTo("admin@vendor.test");
    }

    @Test
    void aDeactivatedInvitationIsWithdrawnAndItsLinkStopsWorking() {
        SignIn.as(provider, "admin@vendor.test");
        var email = "withdrawn-" + UUID.randomUUID().toString().substring(0, 6) + "@vendor.test";
        var invited = staff.invite(email, "Withdrawn", Role.CONTENT_EDITOR);
        var matcher = LINK.matcher(jdbc.queryForObject("select body from mail_message where recipient = ?", String.class, email));
        assertThat(matcher.find()).isTrue();

        assertThatThrownBy(() -> staff.change(invited.id(), null, true)).is(refusal("staff.invitation-pending"));
        assertThat(staff.change(invited.id(), null, false)).map(StaffMember::status).hasValue(StaffMember.Status.WITHDRAWN);

        assertThat(users.findByEmail(email)).isEmpty();
        assertThat(invitations.describe(matcher.group(1))).isEmpty();
        assertThat(StaffAccounts.audited(jdbc, "USER_DEACTIVATED", email + " (invitation withdrawn)")).isEqualTo(1);
    }

    @Test
    void partnerAccountsUnknownIdsAndEmptyChangesAreRefused() {
        var alice = users.findByEmail("alice@northwind.test").orElseThrow();
        SignIn.as(provider, "admin@vendor.test");

        assertThat(staff.change(alice.id(), Role.CONTENT_EDITOR, null)).isEmpty();
        assertThat(staff.change(alice.id(), null, false)).isEmpty();
        assertThat(staff.find(alice.id())).isEmpty();
        assertThat(staff.change(new UserId(999_999), null, false)).isEmpty();
        assertThatThrownBy(() -> staff.change(alice.id(), Role.PARTNER_USER, null)).is(refusal("staff.staff-role-required"));
        assertThatThrownBy(() -> staff.change(alice.id(), null, null)).is(refusal("staff.empty-change"));

        var unchanged = users.findByEmail("alice@northwind.test").orElseThrow();
        assertThat(unchanged.role()).isEqualTo(Role.PARTNER_ADMIN);
        assertThat(unchanged.enabled()).isTrue();
    }

    @Test
    void nobodyButAnAdministratorMayUseAnyStaffMethod() {
        var target = StaffAccounts.create(jdbc, Role.CONTENT_EDITOR);
        for (var who : List.of("alice@northwind.test", "bob@northwind.test", "editor@vendor.test", "manager@vendor.test")) {
            SignIn.as(provider, who);
            assertThatThrownBy(() -> staff.list(PageRequest.of(0, 10))).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> staff.find(target.id())).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> staff.invite("x@vendor.test", "X", Role.ADMIN)).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> staff.change(target.id(), Role.ADMIN, true)).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> invitations.inviteStaff("x@vendor.test", "X", Role.ADMIN)).as(who)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(users.find(target.id()).orElseThrow().role()).isEqualTo(Role.CONTENT_EDITOR);
        assertThat(users.findByEmail("x@vendor.test")).isEmpty();
    }

    @Test
    void theLastActiveAdministratorCanBeNeitherDemotedNorDeactivated() {
        var paused = pauseAdministratorsExcept(List.of("admin@vendor.test"));
        try {
            SignIn.as(provider, "admin@vendor.test");
            var admin = users.findByEmail("admin@vendor.test").orElseThrow().id();
            var auditBefore = jdbc.queryForObject("select count(*) from audit_entry", Long.class);

            assertThatThrownBy(() -> staff.change(admin, Role.CHANNEL_MANAGER, null)).isInstanceOf(LastAdministratorException.class);
            assertThatThrownBy(() -> staff.change(admin, null, false)).isInstanceOf(LastAdministratorException.class);
            assertThatThrownBy(() -> staff.change(admin, Role.CONTENT_EDITOR, false)).isInstanceOf(LastAdministratorException.class);

            var unchanged = users.findByEmail("admin@vendor.test").orElseThrow();
            assertThat(unchanged.role()).isEqualTo(Role.ADMIN);
            assertThat(unchanged.enabled()).isTrue();
            assertThat(jdbc.queryForObject("select count(*) from audit_entry", Long.class)).isEqualTo(auditBefore);

            // With a second administrator, the first may step down.
            var second = StaffAccounts.create(jdbc, Role.ADMIN);
            assertThat(staff.change(admin, Role.CHANNEL_MANAGER, null)).map(StaffMember::role).hasValue(Role.CHANNEL_MANAGER);
            SignIn.as(provider, second.email());
            assertThatThrownBy(() -> staff.change(second.id(), null, false)).isInstanceOf(LastAdministratorException.class);
            staff.change(admin, Role.ADMIN, null);
            staff.change(second.id(), null, false);
        } finally {
            resume(paused);
        }
    }

    @Test
    void twoAdministratorsDemotingEachOtherAtOnceLeaveOneAdministrator() throws Exception {
        var first = StaffAccounts.create(jdbc, Role.ADMIN);
        var second = StaffAccounts.create(jdbc, Role.ADMIN);
        var paused = pauseAdministratorsExcept(List.of(first.email(), second.email()));
        try (var pool = Executors.newFixedThreadPool(2)) {
            var start = new CountDownLatch(1);
            var results = new ArrayList<Future<String>>();
            for (var pair : List.of(List.of(first, second), List.of(second, first))) {
                results.add(pool.submit(() -> {
                    SignIn.as(provider, pair.get(0).email());
                    start.await();
                    try {
                        staff.change(pair.get(1).id(), Role.CONTENT_EDITOR, null);
                        return "changed";
                    } catch (LastAdministratorException e) {
                        return "refused";
                    } finally {
                        SignIn.out();
                    }
                }));
            }
            start.countDown();
            var outcomes = List.of(results.get(0).get(), results.get(1).get());

            assertThat(outcomes).containsExactlyInAnyOrder("changed", "refused");
            assertThat(jdbc.queryForObject("select count(*) from portal_user where role = 'ADMIN' and enabled = true "
                    + "and email in (?, ?)", Long.class, first.email(), second.email())).isEqualTo(1);
        } finally {
            jdbc.update("update portal_user set enabled = false where email in (?, ?)", first.email(), second.email());
            resume(paused);
        }
    }

    /** Deactivates every other active administrator (other tests create some) and returns their ids. */
    private List<Long> pauseAdministratorsExcept(List<String> keep) {
        var others = jdbc.queryForList("select id, email from portal_user where role = 'ADMIN' and enabled = true").stream()
                .filter(row -> !keep.contains((String) row.get("email")))
                .map(row -> ((Number) row.get("id")).longValue()).toList();
        others.forEach(id -> jdbc.update("update portal_user set enabled = false where id = ?", id));
        return others;
    }

    private void resume(List<Long> paused) {
        paused.forEach(id -> jdbc.update("update portal_user set enabled = true where id = ?", id));
        jdbc.update("update portal_user set role = 'ADMIN', enabled = true where email = 'admin@vendor.test'");
    }
}
