package dev.partnerportal.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.partnerportal.partner.OrganizationSummary;
import dev.partnerportal.staff.StaffMember;
import dev.partnerportal.support.PortalBrowserlessTest;
import dev.partnerportal.support.PortalWebTest;
import dev.partnerportal.ui.error.NotFoundView;
import dev.partnerportal.ui.partner.PartnerDirectoryView;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The staff page and the partner-manager dialog, without a browser. */
@PortalWebTest
class StaffViewsBrowserlessTest extends PortalBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void restoreSettings() {
        jdbc.update("delete from portal_setting");
    }

    @Test
    void anAdministratorInvitesAChannelManagerFromTheStaffPage() {
        signInAs("admin@vendor.test");
        navigate(StaffView.class);
        var email = "view-invite-" + UUID.randomUUID().toString().substring(0, 6) + "@vendor.test";

        test(find(Button.class).withId("invite-staff").single()).click();
        test(find(EmailField.class).withId("staff-invite-email").single()).setValue(email);
        test(find(TextField.class).withId("staff-invite-name").single()).setValue("View Invite");
        selectItem("staff-invite-role", "Channel manager");
        test(find(Button.class).withId("staff-send-invitation").single()).click();

        assertThat(jdbc.queryForObject("select role from portal_user where email = ?", String.class, email)).isEqualTo("CHANNEL_MANAGER");
        assertThat(jdbc.queryForObject("select count(*) from mail_message where recipient = ?", Long.class, email)).isEqualTo(1);
        assertThat(row(m -> m.email().equals(email)).status()).isEqualTo(StaffMember.Status.INVITED);
        assertThat(find(Notification.class).all()).extracting(n -> test(n).getText()).contains("Invitation sent to " + email + ".");
    }

    @Test
    void deactivatingAndReactivatingAskForConfirmation() {
        var email = account("CONTENT_EDITOR");
        signInAs("admin@vendor.test");
        navigate(StaffView.class);

        clickInRow(email, "Deactivate");
        var confirm = find(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).startsWith("Deactivate ");
        assertThat(jdbc.queryForObject("select enabled from portal_user where email = ?", Boolean.class, email)).isTrue();
        test(confirm).confirm();
        assertThat(jdbc.queryForObject("select enabled from portal_user where email = ?", Boolean.class, email)).isFalse();

        clickInRow(email, "Reactivate");
        test(find(ConfirmDialog.class).all().getLast()).confirm();
        assertThat(jdbc.queryForObject("select enabled from portal_user where email = ?", Boolean.class, email)).isTrue();
        assertThat(row(m -> m.email().equals(email)).status()).isEqualTo(StaffMember.Status.ACTIVE);
    }

    @Test
    void demotingTheLastAdministratorShowsWhyAndChangesNothing() {
        var others = jdbc.queryForList("select id from portal_user where role = 'ADMIN' and enabled = true "
                + "and email <> 'admin@vendor.test'", Long.class);
        others.forEach(id -> jdbc.update("update portal_user set enabled = false where id = ?", id));
        try {
            signInAs("admin@vendor.test");
            navigate(StaffView.class);

            clickInRow("admin@vendor.test", "Change role");
            selectItem("staff-role", "Content editor");
            test(find(Button.class).withId("staff-save-role").single()).click();

            assertThat(find(Notification.class).all()).extracting(n -> test(n).getText())
                    .contains("The last active administrator cannot be deactivated or given another role.");
            assertThat(jdbc.queryForObject("select role from portal_user where email = 'admin@vendor.test'", String.class))
                    .isEqualTo("ADMIN");
        } finally {
            others.forEach(id -> jdbc.update("update portal_user set enabled = true where id = ?", id));
        }
    }

    @Test
    void theStaffPageSpeaksArabic() {
        signInAs("admin@vendor.test");
        UI.getCurrent().setLocale(Locale.forLanguageTag("ar"));
        navigate(StaffView.class);

        Grid<?> grid = find(Grid.class).withId("staff-grid").single();
        assertThat(test(grid).getHeaderCell(0)).isEqualTo("الاسم");
        assertThat(test(find(Button.class).withId("invite-staff").single()).isUsable()).isTrue();
        assertThat(find(Button.class).withId("invite-staff").single().getText()).isEqualTo("دعوة عضو في فريق العمل");
    }

    @Test
    void theVisibilitySettingIsChangedOnTheStaffPage() {
        signInAs("admin@vendor.test");
        navigate(StaffView.class);

        selectItem("manager-visibility", "Only the partners they manage");

        assertThat(jdbc.queryForObject("select setting_value from portal_setting where name = 'partners.manager-visibility'",
                String.class)).isEqualTo("OWN");
    }

    @Test
    void anAdministratorAssignsAPartnerManagerWithAReason() {
        var managerEmail = account("CHANNEL_MANAGER");
        var contoso = jdbc.queryForObject("select id from partner_organization where name = 'Contoso Ltd'", Long.class);
        var before = jdbc.queryForObject("select partner_manager_id from partner_organization where id = ?", Long.class, contoso);
        try {
            signInAs("admin@vendor.test");
            navigate(PartnerDirectoryView.class);
            @SuppressWarnings("unchecked")
            Grid<OrganizationSummary> grid = find(Grid.class).withId("partners-grid").single();
            var index = indexOf(grid, o -> o.name().equals("Contoso Ltd"));
            assertThat(test(grid).getCellText(index, 5)).isEqualTo("Mona Manager");

            buttonIn(test(grid).getCellComponent(index, 6), "Assign manager").click();
            test(find(Select.class).withId("manager-person").single()).selectItem("Test manager · Channel manager");
            test(find(Button.class).withId("manager-save").single()).click();
            assertThat(jdbc.queryForObject("select partner_manager_id from partner_organization where id = ?", Long.class, contoso))
                    .isEqualTo(before);

            test(find(TextArea.class).withId("manager-reason").single()).setValue("Mona is on leave until March");
            test(find(Button.class).withId("manager-save").single()).click();

            assertThat(jdbc.queryForObject("select u.email from partner_organization o join portal_user u "
                    + "on u.id = o.partner_manager_id where o.id = ?", String.class, contoso)).isEqualTo(managerEmail);
            assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'PARTNER_MANAGER_ASSIGNED' "
                    + "and detail like ?", Long.class, "%" + managerEmail + ". Reason: Mona is on leave until March")).isEqualTo(1);
        } finally {
            jdbc.update("update partner_organization set partner_manager_id = ? where id = ?", before, contoso);
        }
    }

    @Test
    void channelManagersSeeTheManagerButCannotAssignAndPartnersCannotOpenTheStaffPage() {
        signInAs("manager@vendor.test");
        navigate(PartnerDirectoryView.class);
        assertThat(find(Grid.class).withId("partners-grid").single().getColumns()).hasSize(6);

        signInAs("alice@northwind.test");
        navigate("admin/staff", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    private void selectItem(String id, String label) {
        @SuppressWarnings("unchecked")
        Select<Object> select = find(Select.class).withId(id).single();
        test(select).selectItem(label);
    }

    private StaffMember row(Predicate<StaffMember> which) {
        @SuppressWarnings("unchecked")
        Grid<StaffMember> grid = find(Grid.class).withId("staff-grid").single();
        return test(grid).getRow(indexOf(grid, which));
    }

    private void clickInRow(String email, String buttonText) {
        @SuppressWarnings("unchecked")
        Grid<StaffMember> grid = find(Grid.class).withId("staff-grid").single();
        buttonIn(test(grid).getCellComponent(indexOf(grid, m -> m.email().equals(email)), 4), buttonText).click();
    }

    private static Button buttonIn(Component cell, String text) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(cell), cell.getChildren()).filter(Button.class::isInstance).map(Button.class::cast)
                .filter(button -> button.getText().equals(text)).findFirst().orElseThrow();
    }

    private <T> int indexOf(Grid<T> grid, Predicate<T> which) {
        var tester = test(grid);
        for (int i = 0; i < tester.size(); i++) {
            if (which.test(tester.getRow(i))) {
                return i;
            }
        }
        throw new AssertionError("no such row");
    }

    /** A throw-away staff account; returns its email. */
    private String account(String role) {
        var email = "view-" + UUID.randomUUID().toString().substring(0, 8) + "@vendor.test";
        var hash = jdbc.queryForObject("select password_hash from portal_user where email = 'admin@vendor.test'", String.class);
        jdbc.update("insert into portal_user (email, display_name, password_hash, role, enabled, created_at, version) "
                + "values (?, ?, ?, ?, true, ?, 0)", email, role.equals("CHANNEL_MANAGER") ? "Test manager" : "Test editor",
                hash, role, Timestamp.from(Instant.parse("2026-11-01T09:00:00Z")));
        return email;
    }
}
