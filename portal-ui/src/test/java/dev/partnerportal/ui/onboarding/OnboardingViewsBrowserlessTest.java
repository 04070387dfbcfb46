package dev.partnerportal.ui.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditFixtures;
import dev.partnerportal.support.PortalBrowserlessTest;
import dev.partnerportal.support.PortalWebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Partners tick off only manual steps; a manager completes an automatic one through a dialog that asks why. */
@PortalWebTest
class OnboardingViewsBrowserlessTest extends PortalBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditFixtures audit;

    @AfterEach
    void reopenSteps() {
        jdbc.update("update onboarding_step set completed_at = null, completed_by = null");
    }

    @Test
    void aPartnerAdministratorGetsAButtonForManualStepsOnly() {
        signInAs("alice@northwind.test");

        navigate(OnboardingView.class);

        // Northwind's journey: 1 sign the agreement (partner, manual), 2 kickoff (manager), 3-5 automatic.
        assertThat(find(Button.class).all().stream().map(b -> b.getId().orElse("")).filter(id -> id.startsWith("complete-step-")))
                .containsExactly("complete-step-1");
    }

    @Test
    void aManagerCompletesAnAutomaticStepOnlyAfterGivingAReason() {
        signInAs("manager@vendor.test");
        long contoso = jdbc.queryForObject("select id from partner_organization where name = 'Contoso Ltd'", Long.class);
        int position = jdbc.queryForObject("select position from onboarding_step where organization_id = ? and kind = 'READ_CONTENT'",
                Integer.class, contoso);
        long reasons = audit.recorded(AuditAction.ONBOARDING_STEP_COMPLETED_BY_STAFF).size();
        navigate(PartnerDetailView.class, contoso);

        test(find(Button.class).withId("complete-step-" + position).single()).click();
        test(find(Button.class).withId("complete-step-confirm").single()).click();
        assertThat(find(TextArea.class).withId("complete-step-reason").single().isInvalid()).isTrue();
        assertThat(completedReadContent(contoso)).isZero();

        test(find(TextArea.class).withId("complete-step-reason").single()).setValue("Read it in print at the kickoff");
        test(find(Button.class).withId("complete-step-confirm").single()).click();

        assertThat(completedReadContent(contoso)).isEqualTo(1);
        var entries = audit.recorded(AuditAction.ONBOARDING_STEP_COMPLETED_BY_STAFF);
        assertThat(entries).hasSize((int) reasons + 1);
        assertThat(entries.getLast().detail()).endsWith("Read it in print at the kickoff");
    }

    private long completedReadContent(long organization) {
        return jdbc.queryForObject("select count(*) from onboarding_step where organization_id = ? and kind = 'READ_CONTENT' "
                + "and completed_at is not null", Long.class, organization);
    }
}
