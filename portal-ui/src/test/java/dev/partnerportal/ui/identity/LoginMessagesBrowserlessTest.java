package dev.partnerportal.ui.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import dev.partnerportal.support.PortalBrowserlessTest;
import dev.partnerportal.support.PortalWebTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What the login form says after the server answered a sign-in: a busy portal and a paused network each get
 * their own message, neither of them "wrong password", and a wrong sign-in keeps its one generic message.
 */
@PortalWebTest
class LoginMessagesBrowserlessTest extends PortalBrowserlessTest {

    @Test
    void aBusyPortalAsksToRetryInAFewSecondsInsteadOfSayingTheCredentialsAreWrong() {
        var error = errorAfter("busy");

        assertThat(error.get("title").asString()).isEqualTo("Many people are signing in");
        assertThat(error.get("message").asString()).startsWith("Many people are signing in right now")
                .doesNotContain("password is not right");
    }

    @Test
    void aPausedNetworkIsToldToWaitAFewMinutes() {
        var error = errorAfter("throttled");

        assertThat(error.get("title").asString()).isEqualTo("Sign-in paused");
        assertThat(error.get("message").asString()).contains("too many failed sign-ins from your network");
    }

    @Test
    void aWrongSignInKeepsTheGenericMessage() {
        assertThat(errorAfter("error").get("title").asString()).isEqualTo("Sign-in failed");
    }

    /** The error texts as the form sends them to the browser (its {@code i18n} property). */
    private JsonNode errorAfter(String outcome) {
        UI.getCurrent().navigate("login", QueryParameters.of(outcome, ""));
        var form = find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        return ((JsonNode) form.getElement().getPropertyRaw("i18n")).get("errorMessage");
    }
}
