package dev.partnerportal.ui.identity;

import static dev.partnerportal.support.PortalWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import dev.partnerportal.identity.AccountStatus;
import dev.partnerportal.identity.PortalPrincipal;
import dev.partnerportal.support.PortalBrowserlessTest;
import dev.partnerportal.support.PortalWebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** Changing one's password on the account page: the page's own session goes on, the old password stops working. */
@PortalWebTest
class ChangePasswordBrowserlessTest extends PortalBrowserlessTest {

    @Autowired
    AccountStatus status;
    @Autowired
    JdbcTemplate jdbc;

    private String originalHash;

    @BeforeEach
    void remember() {
        jdbc.update("delete from throttle_entry where kind = 'SIGN_IN'");
        originalHash = jdbc.queryForObject("select password_hash from portal_user where email = 'editor@vendor.test'", String.class);
    }

    @AfterEach
    void restore() {
        jdbc.update("update portal_user set password_hash = ? where email = 'editor@vendor.test'", originalHash);
    }

    @Test
    void aChangedPasswordKeepsThisSessionCurrentAndReplacesTheHash() {
        signInAs("editor@vendor.test");
        var before = (PortalPrincipal) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        navigate(AccountView.class);

        change(DEMO_PASSWORD, "the editor's new passphrase");

        var after = (PortalPrincipal) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        assertThat(status.isCurrent(before)).as("the principal signed in before the change").isFalse();
        assertThat(status.isCurrent(after)).as("this page's session goes on").isTrue();
        assertThat(jdbc.queryForObject("select password_hash from portal_user where email = 'editor@vendor.test'", String.class))
                .isNotEqualTo(originalHash);
    }

    @Test
    void aWrongCurrentPasswordIsShownOnTheFieldAndChangesNothing() {
        signInAs("editor@vendor.test");
        navigate(AccountView.class);

        change("not the password at all", "the editor's new passphrase");

        var current = find(PasswordField.class).withId("current-password").single();
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("This is not your current password.");
        assertThat(jdbc.queryForObject("select password_hash from portal_user where email = 'editor@vendor.test'", String.class))
                .isEqualTo(originalHash);
    }

    private void change(String current, String password) {
        test(find(PasswordField.class).withId("current-password").single()).setValue(current);
        test(find(PasswordField.class).withId("new-password").single()).setValue(password);
        test(find(PasswordField.class).withId("repeat-password").single()).setValue(password);
        test(find(Button.class).withId("change-password-button").single()).click();
    }
}
