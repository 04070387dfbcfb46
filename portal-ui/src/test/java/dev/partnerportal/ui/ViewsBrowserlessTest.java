package dev.partnerportal.ui;

import dev.partnerportal.support.PortalBrowserlessTest;
import static dev.partnerportal.support.PortalWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.QueryParameters;
import dev.partnerportal.identity.AccountService;
import dev.partnerportal.support.PortalWebTest;
import dev.partnerportal.support.Rendered;
import dev.partnerportal.ui.identity.AccountView;
import dev.partnerportal.ui.tier.TierRulesView;
import dev.partnerportal.ui.error.InternalErrorView;
import dev.partnerportal.ui.error.NotFoundView;
import dev.partnerportal.ui.home.PartnerHomeView;
import dev.partnerportal.ui.home.WorkspaceView;
import dev.partnerportal.ui.i18n.SupportedLanguages;
import dev.partnerportal.ui.identity.LoginView;
import dev.partnerportal.ui.onboarding.PartnerDetailView;
import dev.partnerportal.ui.partner.PartnerDirectoryView;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** The views without a browser: what each role sees, where it is sent, and language switching. */
@PortalWebTest
class ViewsBrowserlessTest extends PortalBrowserlessTest {

    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;


    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        jdbc.update("update portal_user set preferred_locale = null where email not in "
                + "('ildiko@duna.test', 'minjun@hanbit.test', 'huong@songhong.test', 'layla@nile.test')"); // the demo's own languages
    }

    private java.util.List<String> navigationLabels() {
        return Rendered.texts(find(Html.class).all(), "vaadin-side-nav-item");
    }

    @Test
    void aPartnerLandsOnTheirHomeWithTheirOrganizationAndTier() {
        signInAs("alice@northwind.test");

        navigate("", PartnerHomeView.class);

        assertThat(getCurrentView()).isInstanceOf(PartnerHomeView.class);
        var card = find(Div.class).withId("organization-card").single();
        assertThat(Rendered.text(card)).contains("Northwind Traders", "Gold", "Reseller", "EMEA", "Partner administrator");
        assertThat(navigationLabels()).containsExactly("Home", "Joint plan", "Onboarding", "Training", "Certifications", "Escalations", "Deals", "Library", "Leads", "Marketing funds", "Surveys", "Product feedback", "Early access", "Product access", "My team", "Our organization", "Company sign-in", "My account");
    }

    @Test
    void anEditorLandsOnTheWorkspaceAndSeesOnlyEditorNavigation() {
        signInAs("editor@vendor.test");

        navigate("", WorkspaceView.class);

        assertThat(navigationLabels()).containsExactly("Workspace", "Library", "Content", "Taxonomies", "Training", "Search gaps", "Industry news", "My account");
    }

    @Test
    void anAdministratorAlsoSeesTheOutbox() {
        signInAs("admin@vendor.test");

        navigate("", WorkspaceView.class);

        assertThat(navigationLabels()).containsExactly("Workspace", "My partners", "Escalation queue", "Joint plan", "Analytics", "Partners", "Deals", "Library", "Lead desk", "Funds desk", "Applications", "Content", "Taxonomies", "Training", "Certifications", "Search gaps", "Feedback surveys", "Follow-ups", "Feedback triage", "Betas", "Product access requests", "Industry news", "My account", "Staff", "Outbox", "Tier rules", "Escalation targets", "Health weights", "Single sign-on", "Audit log", "Search index");
        // Every area the workspace lists is described: a missing key would show as "!key!".
        var descriptions = find(com.vaadin.flow.component.html.Paragraph.class).all().stream()
                .filter(p -> p.getParent().filter(com.vaadin.flow.component.html.ListItem.class::isInstance).isPresent())
                .map(com.vaadin.flow.component.html.Paragraph::getText).toList();
        assertThat(descriptions).hasSize(30).noneMatch(text -> text.startsWith("!") || text.isBlank());
    }

    @Test
    void aChannelManagerSeesEveryPartnerOrganization() {
        signInAs("manager@vendor.test");

        navigate(PartnerDirectoryView.class);

        assertThat(navigationLabels()).containsExactly("Workspace", "My partners", "Escalation queue", "Joint plan", "Analytics", "Partners", "Deals", "Library", "Lead desk", "Funds desk", "Applications", "Content", "Certifications", "Feedback surveys", "Follow-ups", "Feedback triage", "Betas", "Product access requests", "My account");
        @SuppressWarnings("unchecked")
        Grid<Object> grid = find(Grid.class).single();
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aPartnerOpeningAStaffPageSeesNotFound() {
        signInAs("bob@northwind.test");

        navigate("partners", NotFoundView.class);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void choosingArabicSwitchesTheUiToRightToLeftAndIsRemembered() {
        signInAs("bob@northwind.test");
        navigate(AccountView.class);

        test(find(Select.class).withId("language").single()).selectItem("العربية");
        test(find(Button.class).withId("save-preferences").single()).click();

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.forLanguageTag("ar"));
        assertThat(SupportedLanguages.directionOf(UI.getCurrent().getLocale())).isEqualTo(Direction.RIGHT_TO_LEFT);
        assertThat(accounts.myProfile().preferredLocale()).isEqualTo(Locale.forLanguageTag("ar"));
        assertThat(navigationLabels()).contains("حسابي");
    }

    @Test
    void aPartnerSeesWhatTheNextTierAsksFor() {
        signInAs("carol@contoso.test");

        navigate(PartnerHomeView.class);

        var standing = Rendered.text(find(Div.class).withId("tier-standing").single());
        assertThat(standing).contains("Registered", "What it takes to reach Silver:", "Complete every onboarding step");
    }

    @Test
    void theManagerOverridesATierFromThePartnerPage() {
        signInAs("manager@vendor.test");
        long contoso = jdbc.queryForObject("select id from partner_organization where name = 'Contoso Ltd'", Long.class);

        navigate(PartnerDetailView.class, contoso);
        test(find(TextField.class).withId("override-reason").single()).setValue("Launch campaign");
        test(find(Button.class).withId("save-override").single()).click();

        try {
            assertThat(jdbc.queryForObject("select t.code from partner_organization o join partner_tier t on t.id = o.tier_id "
                    + "where o.id = ?", String.class, contoso)).isEqualTo("GOLD");
            assertThat(find(UnorderedList.class).withId("tier-history").single().getElement().getTextRecursively())
                    .contains("Registered → Gold", "Launch campaign");
        } finally {
            test(find(Button.class).withText("End override").single()).click();
        }
        assertThat(jdbc.queryForObject("select t.code from partner_organization o join partner_tier t on t.id = o.tier_id "
                + "where o.id = ?", String.class, contoso)).isEqualTo("REGISTERED");
    }

    @Test
    void anAdministratorChangesWhatATierRequires() {
        signInAs("admin@vendor.test");
        navigate(TierRulesView.class);
        try {
            test(find(IntegerField.class).withId("members-PLATINUM").single()).setValue(12);
            test(find(Button.class).withId("save-PLATINUM").single()).click();

            assertThat(jdbc.queryForObject("select r.minimum from tier_requirement r join partner_tier t on t.id = r.tier_id "
                    + "where t.code = 'PLATINUM' and r.kind = 'ACTIVE_MEMBERS'", Integer.class)).isEqualTo(12);
        } finally {
            test(find(IntegerField.class).withId("members-PLATINUM").single()).setValue(10);
            test(find(Button.class).withId("save-PLATINUM").single()).click();
        }
    }

    @Test
    void theErrorViewShowsAReferenceButNeverTheExceptionOrStackTrace() {
        var view = new InternalErrorView();

        int status = view.setErrorParameter(null, new ErrorParameter<>(Exception.class,
                new IllegalStateException("select * from secret_table")));

        assertThat(status).isEqualTo(500);
        assertThat(view.getElement().getTextRecursively()).contains("Something went wrong", "reference")
                .doesNotContain("secret_table", "IllegalStateException", "at dev.");
    }

    @Test
    void theLoginViewShowsOneGenericErrorAfterAFailedAttempt() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        var view = (LoginView) getCurrentView();

        assertThat(find(LoginForm.class).single().isError()).isTrue();
        assertThat(view.getPageTitle()).isEqualTo("Partner Portal");
    }
}
