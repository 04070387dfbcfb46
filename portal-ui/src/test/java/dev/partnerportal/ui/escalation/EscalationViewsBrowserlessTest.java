package dev.partnerportal.ui.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.partnerportal.escalation.EscalationSeverity;
import dev.partnerportal.support.PortalBrowserlessTest;
import dev.partnerportal.support.PortalWebTest;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.TestClockConfiguration;
import dev.partnerportal.ui.home.PartnerHomeView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The raise form refuses a blank title and raises a complete one; staff answer on the detail page. */
@PortalWebTest
class EscalationViewsBrowserlessTest extends PortalBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @Test
    void aPartnerRaisesFromTheFormAndTheManagerAcknowledgesWithAResponse() {
        clock.set(TestClockConfiguration.START);
        signInAs("bob@northwind.test");
        navigate(PartnerHomeView.class);
        assertThat(find(Div.class).withId("escalations-panel").exists()).isTrue();

        navigate(EscalationsView.class);
        long before = count();
        @SuppressWarnings("unchecked")
        Select<EscalationSeverity> severity = find(Select.class).withId("escalation-severity").single();
        test(severity).selectItem("Critical");
        test(find(TextArea.class).withId("escalation-description").single()).setValue("The portal rejects our deal.");
        test(find(Button.class).withId("escalation-raise").single()).click();
        assertThat(find(TextField.class).withId("escalation-title").single().isInvalid()).isTrue();
        assertThat(count()).isEqualTo(before);

        test(find(TextField.class).withId("escalation-title").single()).setValue("Deal rejected (browserless)");
        test(find(Button.class).withId("escalation-raise").single()).click();
        assertThat(count()).isEqualTo(before + 1);
        assertThat(getCurrentView()).isInstanceOf(EscalationDetailView.class);
        long id = jdbc.queryForObject("select id from escalation where title = 'Deal rejected (browserless)'", Long.class);

        signInAs("manager@vendor.test");
        navigate(EscalationDetailView.class, id);
        test(find(TextArea.class).withId("escalation-message").single()).setValue("Looking at it now.");
        test(find(Button.class).withId("escalation-send").single()).click();
        assertThat(find(Span.class).withId("escalation-status").single().getText()).isEqualTo("Acknowledged");
        assertThat(find(Span.class).withId("escalation-response-state").single().getText()).isEqualTo("Target met");
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from escalation", Long.class);
    }
}
